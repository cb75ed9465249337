package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one goal of one region is heading, from its values at several dates.
 *
 * @param region the region whose fact sets form the series
 * @param goal the goal id
 * @param trajectory the class: on track, needs acceleration, limited progress, deteriorating,
 *     or insufficient data
 * @param points how many dates the series has a value for
 * @param from the first date with a value
 * @param to the last date with a value
 * @param observedGrowth the observed annual growth rate (0.12 is 12% a year; an annual change
 *     in the goal's unit when the first value is zero), null with insufficient data
 * @param neededGrowth the annual growth from the first value that meets the target by the
 *     deadline, in the same terms, null with insufficient data
 * @param ratio observed over needed growth, null with insufficient data
 */
public record Trajectory(
    String region,
    String goal,
    TrajectoryClass trajectory,
    int points,
    LocalDate from,
    LocalDate to,
    BigDecimal observedGrowth,
    BigDecimal neededGrowth,
    BigDecimal ratio) {

  /** Requires the identifying fields and a class. */
  public Trajectory {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(trajectory, "trajectory");
    if ((trajectory == TrajectoryClass.INSUFFICIENT_DATA) != (ratio == null)) {
      throw new IllegalArgumentException(goal + ": a ratio is given exactly when there is enough data");
    }
  }
}
