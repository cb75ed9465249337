package org.plancheck.cli;

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
}
