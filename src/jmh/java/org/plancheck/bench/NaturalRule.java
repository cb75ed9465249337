package org.plancheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shipped rules plus one goal written the natural way, over single enterprises of the
 * declared kind rather than their groups: a copy of {@code rules/} in a temporary folder with
 * an extra {@code natural.drl}. A rule that matches {@code Enterprise} directly makes plancheck
 * insert every enterprise as a bean besides the groups, which is what this measures.
 */
final class NaturalRule {
  static final String DRL = """
      package plancheck.bench;

      global org.plancheck.Measurements measurements;

      // Reading: "over 5 billion" is strict (>), per enterprise, not per group.
      rule "BENCH-IT-5B intelligent terminal enterprises over 5 billion"
          @goal("BENCH-IT-5B")
          @plan("intelligent-terminal")
          @title("Intelligent terminal enterprises with revenue over 5 billion")
          @comparator(">=")
          @target(10)
          @unit("enterprises")
          @deadline("2025-12-31")
          @source("Benchmark only: a per-enterprise goal over the declared Enterprise kind.")
      when
          accumulate(
              $e : Enterprise(industry == "intelligent-terminal", revenue > 5000000000);
              $n : count(),
              $l : collectList($e))
      then
          measurements.record(drools, $n, $l);
      end
      """;

  private NaturalRule() {}

  /** Copies every {@code .drl} file of {@code rules} and adds {@code natural.drl}; returns the copy. */
  static Path folder(Path rules) {
    try {
      Path folder = Files.createTempDirectory("plancheck-natural-");
      // Deleted in the reverse order of registration: the files, then the folder.
      folder.toFile().deleteOnExit();
      try (Stream<Path> files = Files.list(rules)) {
        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".drl")).toList()) {
          Files.copy(f, folder.resolve(f.getFileName())).toFile().deleteOnExit();
        }
      }
      Files.writeString(folder.resolve("natural.drl"), DRL).toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
