package org.plancheck;

import java.util.List;

/**
 * How many goals a report holds, by status.
 *
 * @param total every goal
 * @param met goals MET
 * @param missed goals MISSED
 * @param pending goals PENDING
 * @param unknown goals UNKNOWN
 */
public record Summary(int total, int met, int missed, int pending, int unknown) {

  /** Requires the counts to add up. */
  public Summary {
    if (met < 0 || missed < 0 || pending < 0 || unknown < 0 || met + missed + pending + unknown != total) {
      throw new IllegalArgumentException("summary counts do not add up to " + total);
    }
  }

  /** Returns the summary of {@code results}. */
  public static Summary of(List<GoalResult> results) {
    int met = count(results, Status.MET);
    int missed = count(results, Status.MISSED);
    int pending = count(results, Status.PENDING);
    return new Summary(results.size(), met, missed, pending, results.size() - met - missed - pending);
  }

  private static int count(List<GoalResult> results, Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
