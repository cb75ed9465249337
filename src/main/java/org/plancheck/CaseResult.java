package org.plancheck;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one test case.
 *
 * @param testCase the case
 * @param report the report its fact set produced, or null when the facts could not be read
 * @param mismatches every difference between what the case expects and what happened
 */
public record CaseResult(TestCase testCase, Report report, List<Mismatch> mismatches) {

  /**
   * One difference, shown side by side.
   *
   * @param goal the goal id, or {@code error} for the fact set's error
   * @param expected what the case expects, such as {@code MISSED 500000000000}
   * @param actual what happened
   */
  public record Mismatch(String goal, String expected, String actual) {}

  /** Copies the mismatches. */
  public CaseResult {
    Objects.requireNonNull(testCase, "testCase");
    mismatches = List.copyOf(mismatches);
  }

  /** Returns whether everything the case expects happened. */
  public boolean passed() {
    return mismatches.isEmpty();
  }
}
