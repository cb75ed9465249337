package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one goal of one region is heading, from its values at several dates.
 *
 * @param region the region whose fact sets form the series
 * @param goal the goal id
 * @param scope the goal's scope, null for an unscoped goal
 * @param trajectory the class: on track, needs acceleration, limited progress, deteriorating,
 *     or insufficient data
 * @param points how many dates the series has a value for
 * @param from the first date with a value
 * @param to the last date with a value
 * @param observedGrowth the observed annual growth rate (0.12 is 12% a year; an annual change
 *     in the goal's unit when the first value is zero), null with insufficient data
 * @param neededGrowth the annual growth from the first value that meets the next target (the
 *     next milestone, or the final target) by its date, in the same terms, null with
 *     insufficient data
 * @param targetDate the date of that next target
 * @param ratio observed over needed growth, null with insufficient data
 */
public record Trajectory(
    String region,
    String goal,
    String scope,
    TrajectoryClass trajectory,
    int points,
    LocalDate from,
    LocalDate to,
    BigDecimal observedGrowth,
    BigDecimal neededGrowth,
    LocalDate targetDate,
    BigDecimal ratio) {

  /** Returns the goal id, with the scope in brackets when there is one: "D-SCALE[Pudong]". */
  public String label() {
    return Goal.label(goal, scope);
  }

  /** Requires the identifying fields, a class and the date aimed at. */
  public Trajectory {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(trajectory, "trajectory");
    Objects.requireNonNull(targetDate, "targetDate");
    if ((trajectory == TrajectoryClass.INSUFFICIENT_DATA) != (ratio == null)) {
      throw new IllegalArgumentException(goal + ": a ratio is given exactly when there is enough data");
    }
  }
}
