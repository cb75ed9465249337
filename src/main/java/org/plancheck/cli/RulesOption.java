package org.plancheck.cli;

import java.nio.file.Path;
import org.plancheck.Evaluator;
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
    return noCache ? Evaluator.fromRules(folder) : Evaluator.fromRules(folder, cacheFolder());
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
