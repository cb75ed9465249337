package org.plancheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Which goals the test cases exercised both ways: seen MET in some case and MISSED in some
 * case. A goal only ever seen MET is not shown to be able to fail.
 *
 * @param goals per goal, what the cases saw
 */
public record Coverage(List<GoalCoverage> goals) {

  /**
   * What the cases saw of one goal.
   *
   * @param id the goal id
   * @param met whether some case saw it MET
   * @param missed whether some case saw it MISSED
   */
  public record GoalCoverage(String id, boolean met, boolean missed) {}

  /** Copies the list. */
  public Coverage {
    goals = List.copyOf(goals);
  }

  /** Returns the coverage of {@code goals} by the reports the cases produced. */
  public static Coverage of(List<Goal> goals, List<Report> reports) {
    List<GoalCoverage> covered = new ArrayList<>();
    for (Goal goal : goals) {
      boolean met = false;
      boolean missed = false;
      for (Report report : reports) {
        Status status = report.goal(goal.id()).map(GoalResult::status).orElse(Status.UNKNOWN);
        met |= status == Status.MET;
        missed |= status == Status.MISSED;
      }
      covered.add(new GoalCoverage(goal.id(), met, missed));
    }
    return new Coverage(covered);
  }

  /** Returns the share of outcomes seen, MET and MISSED for every goal, in percent (1 decimal). */
  public BigDecimal percent() {
    if (goals.isEmpty()) {
      return BigDecimal.valueOf(100);
    }
    long seen = goals.stream().mapToLong(g -> (g.met() ? 1 : 0) + (g.missed() ? 1 : 0)).sum();
    return BigDecimal.valueOf(seen * 100).divide(BigDecimal.valueOf(2L * goals.size()), 1, RoundingMode.HALF_EVEN);
  }
}
