package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated target of a goal: one of its {@code @milestones}, or its final {@code @target} at
 * its {@code @deadline}. Same comparator and unit as the goal.
 *
 * @param date the date by which the target is due
 * @param target the target, in the goal's unit
 */
public record Milestone(LocalDate date, BigDecimal target) {
  /** Requires both fields. */
  public Milestone {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(target, "target");
  }
}
