package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactSets;
import org.plancheck.SyntheticFactSets;
import org.plancheck.testing.Shanghai;

/**
 * Sends SIGTERM to a real plancheck process in the middle of a batch, at several moments: the
 * previous reports must stay whole (old or wholly new) and no temporary file may remain.
 */
class InterruptedBatchTest {
  @TempDir Path temp;

  @Test
  void sigtermDuringABatch_leavesWholeReportsAndNoTemporaryFiles() throws Exception {
    Path sets = Files.createDirectories(temp.resolve("sets"));
    for (int i = 0; i < 6; i++) {
      FactSets.writeCsv(SyntheticFactSets.generate(Shanghai.SCHEMA, 40_000, i), sets.resolve("set-" + i));
    }
    Path out = temp.resolve("reports");
    assertThat(run(out, sets, 0)).isEqualTo(1);
    String previous = Files.readString(out.resolve("report.json"));
    for (long delay : new long[] {300, 1_500, 3_000, 5_000}) {
      run(out, sets, delay);
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("after SIGTERM at " + delay + " ms").noneMatch(name -> name.endsWith(".tmp"));
      }
      String now = Files.readString(out.resolve("report.json"));
      assertThat(now.equals(previous) || now.endsWith("}\n")).as("report.json whole").isTrue();
      assertThat(now).startsWith("{").endsWith("}\n");
    }
  }

  /** Runs a batch in its own JVM, terminating it after {@code delay} ms (0: let it finish). */
  private static int run(Path out, Path sets, long delay) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.plancheck.cli.Main", "batch", "--no-cache",
        "--jobs", "1", "--out", out.toString(), sets.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (delay > 0 && !process.waitFor(delay, TimeUnit.MILLISECONDS)) {
      process.destroy();
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }
}
