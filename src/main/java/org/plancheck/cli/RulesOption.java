package org.plancheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plancheck.Evaluator;
import org.plancheck.RuleCheck;
import org.plancheck.RuleCompilationException;
import org.plancheck.RuleProblem;
import picocli.CommandLine.Option;

/** The options every command that reads rules shares: the folder, and the compile cache. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).")
  Path folder;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where compiled rules are kept between runs (default: $XDG_CACHE_HOME/plancheck or ~/.cache/plancheck).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Compile the rules even when a cached compilation matches.")
  boolean noCache;

  /** Compiles or loads the rules; see {@link Evaluator#fromRules(Path, Path)}. */
  Evaluator load() {
    if (!Files.isDirectory(folder)) {
      throw new RuleCompilationException(List.of(missingFolder()));
    }
    return noCache ? Evaluator.fromRules(folder) : Evaluator.fromRules(folder, cacheFolder());
  }

  /** Checks the rules; see {@link Evaluator#check(Path)}. */
  RuleCheck check() {
    return Files.isDirectory(folder) ? Evaluator.check(folder) : new RuleCheck(List.of(), List.of(missingFolder()));
  }

  /** The library's problem for a missing folder, with the command line's way to fix it. */
  private RuleProblem missingFolder() {
    return new RuleProblem(folder, 0, 0, RuleProblem.Severity.ERROR,
        "rules folder not found; pass --rules DIR or run where rules/ is");
  }

  private Path cacheFolder() {
    if (cacheDir != null) {
      return cacheDir;
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("plancheck");
  }
}
