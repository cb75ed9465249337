package org.plancheck.cli;

/** Small helpers for sentences in command output. */
final class Words {
  private Words() {}

  /** Returns "1 goal", "2 goals", "0 errors": {@code n} and the noun, plural unless n is 1. */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
