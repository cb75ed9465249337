package org.plancheck.spark;

import org.plancheck.Evaluator;

/**
 * The rules compiled in this JVM, kept for every task that follows: an executor compiles (or
 * loads from the cache) a rule base once, not once per task or fact set. Only the last rules
 * are kept, keyed by their fingerprint, so a long-lived executor serving batches of other rules
 * does not hold every rule base it has seen.
 */
final class ExecutorRules {
  private static String fingerprint;
  private static Evaluator compiled;

  private ExecutorRules() {}

  /**
   * Returns the evaluator of {@code rules}, compiling them on first use in this JVM. Tasks that
   * ask at once wait for one compilation rather than each making its own.
   */
  static synchronized Evaluator evaluator(ShippedRules rules) {
    if (!rules.fingerprint().equals(fingerprint)) {
      compiled = rules.compile();
      fingerprint = rules.fingerprint();
    }
    return compiled;
  }
}
