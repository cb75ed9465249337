package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plancheck.report.TerminalText;

/**
 * The exit codes of every plancheck command, what each means for each command, and the one
 * mapping of an unexpected throwable to exit 3; CI scripts depend on them.
 */
final class ExitCodes {
  /**
   * Every goal MET or PENDING, none due missed (or, for commands that judge no goal, the
   * command did its work).
   */
  static final int PASSED = 0;
  /** Some goal MISSED or UNKNOWN (a failed test case, a regression in a diff). */
  static final int NOT_PASSED = 1;
  /** Bad usage, bad facts or bad rules. */
  static final int BAD_INPUT = 2;
  /** An unexpected internal error: a bug in plancheck, or the JVM out of memory or stack. */
  static final int INTERNAL = 3;

  private static final String BAD = "bad usage, bad facts or bad rules";
  private static final String BROKEN = "an unexpected internal error (out of memory, or a bug in plancheck)";

  private ExitCodes() {}

  /**
   * Returns each exit code {@code command} can return with its meaning, in order, as its
   * --help lists them; {@code plancheck} itself lists the meaning shared by every command.
   */
  static Map<String, String> help(String command) {
    Map<String, String> help = new LinkedHashMap<>();
    switch (command) {
      case "evaluate" -> {
        help.put("0", "every goal MET, or PENDING (no target due yet)");
        help.put("1", "some goal MISSED or UNKNOWN");
        help.put("2", BAD + ", or the report cannot be written");
      }
      case "explain" -> {
        help.put("0", "the goal is MET or PENDING");
        help.put("1", "the goal is MISSED or UNKNOWN");
        help.put("2", BAD + ", or no such goal");
      }
      case "batch" -> {
        help.put("0", "every goal of every fact set MET or PENDING");
        help.put("1", "some goal MISSED or UNKNOWN");
        help.put("2", "some fact set is ERROR, no fact set was found, " + BAD + ", or the reports cannot be written");
      }
      case "check" -> {
        help.put("0", "no errors in the rules (warnings allowed)");
        help.put("2", "errors in the rules, or bad usage");
      }
      case "goals" -> {
        help.put("0", "the catalogue was printed");
        help.put("2", "errors in the rules, or bad usage");
      }
      case "generate" -> {
        help.put("0", "the fact set was written");
        help.put("2", "bad usage, or the folder cannot be written");
      }
      case "test" -> {
        help.put("0", "every case passed (and coverage reached --coverage-threshold)");
        help.put("1", "some case failed, or coverage is below --coverage-threshold");
        help.put("2", BAD + ", or a case folder that cannot be read");
      }
      case "diff" -> {
        help.put("0", "no goal that was MET stopped being MET");
        help.put("1", "some goal that was MET no longer is");
        help.put("2", "bad usage, or a file that is not a plancheck JSON report");
      }
      case "help" -> {
        help.put("0", "the help was printed");
        help.put("2", "no such command");
      }
      default -> {
        help.put("0", "every goal MET or PENDING (each command's --help says what 0 means for it)");
        help.put("1", "some goal MISSED or UNKNOWN, a test failed, or a diff regressed");
        help.put("2", BAD);
      }
    }
    help.put("3", BROKEN);
    return help;
  }

  /**
   * Reports {@code thrown}, which no command expected, in one sentence on {@code err} (the stack
   * trace follows only when {@code verbose}) and returns {@link #INTERNAL}.
   */
  static int internalError(Throwable thrown, PrintWriter err, boolean verbose) {
    // Out of memory: say so without building long strings; the heap may still be nearly full.
    if (thrown instanceof OutOfMemoryError) {
      String what = thrown.getMessage() == null ? "" : " (" + thrown.getMessage() + ")";
      err.println("plancheck: out of memory" + what + "; give Java more with "
          + "PLANCHECK_JAVA_OPTS=-Xmx4g, or evaluate fewer or smaller fact sets at once (--jobs 1)");
    } else {
      err.println("plancheck: internal error: " + TerminalText.escape(String.valueOf(thrown))
          + "; this is a bug in plancheck, please report it with the output of --verbose"
          + (verbose ? ":" : ""));
    }
    if (verbose) {
      thrown.printStackTrace(err);
    }
    err.flush();
    return INTERNAL;
  }
}
