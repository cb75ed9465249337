package org.plancheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every plancheck command; CI scripts depend on them. */
final class ExitCodes {
  /** Every goal MET. */
  static final int ALL_MET = 0;
  /** Some goal MISSED or UNKNOWN. */
  static final int NOT_ALL_MET = 1;
  /** Bad usage, bad facts or bad rules. */
  static final int BAD_INPUT = 2;
  /** An unexpected internal error: a bug in plancheck. */
  static final int INTERNAL = 3;

  private ExitCodes() {}

  /** Returns each exit code with its meaning, in order, as every command's --help lists them. */
  static Map<String, String> help() {
    Map<String, String> help = new LinkedHashMap<>();
    help.put(String.valueOf(ALL_MET), "every goal MET");
    help.put(String.valueOf(NOT_ALL_MET), "some goal MISSED or UNKNOWN");
    help.put(String.valueOf(BAD_INPUT), "bad usage, bad facts or bad rules");
    help.put(String.valueOf(INTERNAL), "an unexpected internal error");
    return help;
  }
}
