package org.plancheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.plancheck.evaluation.Counted;
import org.plancheck.evaluation.Outcomes;

/**
 * A goal's outcome on one fact set.
 *
 * @param goal the goal
 * @param status MET, MISSED or UNKNOWN
 * @param actual the measured value, null when UNKNOWN
 * @param gap what is still needed to meet the target: 0 when MET, null when UNKNOWN; when
 *     {@link #gapIsExclusive()}, more than this is needed
 * @param progress actual divided by target (4 decimal places), null when UNKNOWN or when the
 *     target is zero
 * @param reason why the goal is UNKNOWN, null otherwise
 * @param evidence how many facts the rule counted, and a sample of their ids
 * @param counted every fact the rule counted, in the order the rule listed them
 */
public record GoalResult(
    Goal goal,
    Status status,
    BigDecimal actual,
    BigDecimal gap,
    BigDecimal progress,
    String reason,
    Evidence evidence,
    List<Fact> counted) {

  /** Checks that the fields agree with the status. */
  public GoalResult {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    // A Counted list is already immutable and may stand for a million members: keep, not copy.
    counted = counted instanceof Counted ? counted : List.copyOf(counted);
    boolean unknown = status == Status.UNKNOWN;
    if (unknown != (actual == null) || unknown != (gap == null) || unknown != (reason != null)) {
      throw new IllegalArgumentException(
          goal.id() + ": an UNKNOWN result has a reason and no actual or gap; others the reverse");
    }
    if (status == Status.MET && gap.signum() != 0) {
      throw new IllegalArgumentException(goal.id() + ": a MET goal has no gap");
    }
  }

  /** Returns the counted facts, largest amount first (by id when they have no amounts). */
  public List<Fact> countedLargestFirst() {
    return counted.stream().sorted(Outcomes.ranking(counted)).toList();
  }

  /**
   * Returns whether the gap of this MISSED goal must be exceeded rather than reached: a strict
   * target on a unit without a step, such as "> 50 percent" at exactly 50, misses by more than
   * 0. Reports then say "more than" before the gap, so a MISSED goal never reads as a gap of 0.
   */
  public boolean gapIsExclusive() {
    return status == Status.MISSED && goal.comparison().gapIsExclusive(goal.step());
  }

  /** Returns the goal's id. */
  public String id() {
    return goal.id();
  }
}
