package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.plancheck.evaluation.Counted;
import org.plancheck.evaluation.Outcomes;

/**
 * A goal's outcome on one fact set.
 *
 * @param goal the goal
 * @param scope the scope this result is for (one of the goal's {@code @scopes}), null for a
 *     goal measured once
 * @param status MET, MISSED, PENDING or UNKNOWN
 * @param target the target the actual value is judged against: the latest one due at the fact
 *     set's {@code asOf} (a milestone or the final target), or the final target when none is
 *     due yet or the fact set has no date
 * @param targetDate the date {@code target} is due
 * @param actual the measured value, null when UNKNOWN
 * @param gap what is still needed to meet {@code target}: 0 when MET, null when UNKNOWN; when
 *     {@link #gapIsExclusive()}, more than this is needed
 * @param progress actual divided by target (4 decimal places), null when UNKNOWN or when the
 *     target is zero
 * @param reason why the goal is UNKNOWN, null otherwise
 * @param evidence how many facts the rule counted, and a sample of their ids
 * @param counted every fact the rule counted, in the order the rule listed them
 * @param missing for a goal UNKNOWN because the fact set lacks data, the fact kinds it lacks,
 *     in name order; empty otherwise (the rule then recorded nothing for the goal or scope)
 */
public record GoalResult(
    Goal goal,
    String scope,
    Status status,
    BigDecimal target,
    LocalDate targetDate,
    BigDecimal actual,
    BigDecimal gap,
    BigDecimal progress,
    String reason,
    Evidence evidence,
    List<Fact> counted,
    List<String> missing) {

  /** Checks that the fields agree with the status. */
  public GoalResult {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetDate, "targetDate");
    if (goal.isScoped() != (scope != null) || (scope != null && !goal.scopes().contains(scope))) {
      throw new IllegalArgumentException(goal.id() + ": a scoped goal's result names one of its scopes; others none");
    }
    Objects.requireNonNull(evidence, "evidence");
    // A Counted list is already immutable and may stand for a million members: keep, not copy.
    counted = counted instanceof Counted ? counted : List.copyOf(counted);
    missing = List.copyOf(missing);
    if (!missing.isEmpty() && status != Status.UNKNOWN) {
      throw new IllegalArgumentException(goal.id() + ": only an UNKNOWN goal lacks data");
    }
    boolean unknown = status == Status.UNKNOWN;
    if (unknown != (actual == null) || unknown != (gap == null) || unknown != (reason != null)) {
      throw new IllegalArgumentException(
          goal.id() + ": an UNKNOWN result has a reason and no actual or gap; others the reverse");
    }
    if (status == Status.MET && gap.signum() != 0) {
      throw new IllegalArgumentException(goal.id() + ": a MET goal has no gap");
    }
    if (status == Status.PENDING && gap.signum() == 0 && !gapIsExclusive()) {
      throw new IllegalArgumentException(goal.id() + ": a PENDING goal still has a gap");
    }
  }

  /** Returns the counted facts, largest amount first (by id when they have no amounts). */
  public List<Fact> countedLargestFirst() {
    return counted.stream().sorted(Outcomes.ranking(counted)).toList();
  }

  /**
   * Returns whether the gap of this MISSED or PENDING goal must be exceeded rather than reached: a strict
   * target on a unit without a step, such as "> 50 percent" at exactly 50, misses by more than
   * 0. Reports then say "more than" before the gap, so a MISSED goal never reads as a gap of 0.
   */
  public boolean gapIsExclusive() {
    return (status == Status.MISSED || status == Status.PENDING)
        && goal.comparison().gapIsExclusive(goal.step());
  }

  /** Returns the goal's id. */
  public String id() {
    return goal.id();
  }

  /** Returns the goal's id with its scope, "D-SCALE[Pudong]", or the id alone when unscoped. */
  public String label() {
    return goal.label(scope);
  }
}
