package org.plancheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plancheck.Evaluator;
import org.plancheck.FactSchema;
import org.plancheck.RuleCheck;
import org.plancheck.RuleCompilationException;
import org.plancheck.RuleProblem;
import org.plancheck.report.TerminalText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads rules shares: the folder, and the compile cache.
 *
 * <p>Without {@code --rules}, the folder is {@code rules} in the current folder or, when there
 * is none, the rules shipped beside the launcher, which passes its folder as the system
 * property {@value #HOME_PROPERTY}; {@code --verbose} says when the shipped rules are used.
 */
final class RulesOption {
  /** The system property naming plancheck's home: the folder holding the launcher and its rules. */
  static final String HOME_PROPERTY = "plancheck.home";
  private static final Path HERE = Path.of("rules");

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Folder of .drl rule files (default: rules in the current folder, "
          + "or else the rules shipped with plancheck).")
  Path given;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where compiled rules are kept between runs (default: $XDG_CACHE_HOME/plancheck or ~/.cache/plancheck).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Compile the rules even when a cached compilation matches.")
  boolean noCache;

  @Spec(Spec.Target.MIXEE) private CommandSpec command;

  private Path folder;

  /** Returns the rules folder, saying on standard error with --verbose when it is the shipped one. */
  Path folder() {
    if (folder == null) {
      folder = resolve(given, Path.of(""), System.getProperty(HOME_PROPERTY));
      if (given == null && !folder.equals(HERE) && verbose()) {
        command.commandLine().getErr().println(TerminalText.escape("rules: no rules/ folder here, so using the rules "
            + "shipped with plancheck in " + folder));
      }
    }
    return folder;
  }

  /**
   * Returns the folder to read rules from: {@code given} when there is one; else {@code rules}
   * under {@code here} when it is a folder; else the rules under {@code home}, when it is given
   * and holds them; else {@code rules}, whose absence the compiler reports.
   */
  static Path resolve(Path given, Path here, String home) {
    if (given != null) {
      return given;
    }
    Path local = here.resolve(HERE);
    if (Files.isDirectory(local) || home == null || home.isBlank()) {
      return local;
    }
    Path shipped = Path.of(home).resolve(HERE);
    return Files.isDirectory(shipped) ? shipped : local;
  }

  private boolean verbose() {
    OptionSpec option = command == null ? null : command.findOption("--verbose");
    return option != null && Boolean.TRUE.equals(option.getValue());
  }

  /** Compiles or loads the rules; see {@link Evaluator#fromRules(Path, Path)}. */
  Evaluator load() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      throw new RuleCompilationException(List.of(missingFolder(folder)));
    }
    return noCache ? Evaluator.fromRules(folder) : Evaluator.fromRules(folder, cacheFolder());
  }

  /** Checks the rules; see {@link Evaluator#check(Path)}. */
  RuleCheck check() {
    Path folder = folder();
    return Files.isDirectory(folder) ? Evaluator.check(folder)
        : new RuleCheck(List.of(), List.of(missingFolder(folder)), FactSchema.EMPTY);
  }

  /** The library's problem for a missing folder, with the command line's way to fix it. */
  private static RuleProblem missingFolder(Path folder) {
    return new RuleProblem(folder, 0, 0, RuleProblem.Severity.ERROR,
        "rules folder not found; pass --rules DIR or run where rules/ is");
  }

  /** Returns the compile cache {@link #load()} uses, or null with --no-cache. */
  Path cacheFolderInUse() {
    return noCache ? null : cacheFolder();
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
