package org.plancheck.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.plancheck.Evaluator;
import org.plancheck.compile.RuleCache;
import org.plancheck.compile.RuleCompiler;
import org.plancheck.compile.RuleSource;

/**
 * The rules as they travel to the executors: each rule file's text under its file name, which is
 * how a rules folder is compiled, so the executors' rules have the driver's fingerprint.
 *
 * @param texts each {@code .drl} file's text, under its file name
 * @param fingerprint the fingerprint of the texts, the same as the driver's evaluator's
 * @param cacheFolder the compile cache executors may load the rules from (in local mode, the
 *     driver's), or null to compile them
 */
record ShippedRules(Map<String, String> texts, String fingerprint, String cacheFolder) implements Serializable {
  private static final long serialVersionUID = 1L;

  ShippedRules {
    texts = Map.copyOf(texts);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * Reads the {@code .drl} files directly in {@code folder}, as the compiler does.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  static ShippedRules read(Path folder, Path cacheFolder) {
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    try (Stream<Path> listing = Files.list(folder)) {
      // In the compiler's order (by name without ".drl"), which the fingerprint hashes them in.
      List<Path> files = listing.filter(p -> p.toString().endsWith(".drl"))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString(), RuleCompiler.DRL_ORDER)).toList();
      for (Path file : files) {
        sources.put(file.getFileName().toString(), RuleSource.read(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot read the rules to ship them: " + e.getMessage(), e);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    sources.forEach((name, source) -> texts.put(name, source.text()));
    return new ShippedRules(texts, RuleCache.fingerprint(sources), cacheFolder == null ? null : cacheFolder.toString());
  }

  /** Compiles the texts, or loads them from the cache folder when one is given. */
  Evaluator compile() {
    Evaluator evaluator = cacheFolder == null ? Evaluator.fromRuleTexts(texts)
        : Evaluator.fromRuleTexts(texts, Path.of(cacheFolder));
    if (!evaluator.rulesFingerprint().equals(fingerprint)) {
      throw new IllegalStateException("the rules compiled on this executor are not the driver's (fingerprint "
          + evaluator.rulesFingerprint() + ", expected " + fingerprint + ")");
    }
    return evaluator;
  }
}
