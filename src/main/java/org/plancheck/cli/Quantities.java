package org.plancheck.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.plancheck.Amounts;
import org.plancheck.Goal;
import org.plancheck.GoalResult;

/**
 * Formats numbers for people: yuan in trillions, billions or millions with two decimals,
 * counts as whole numbers. A rounded figure is marked with {@code ~} so that 499.999 billion
 * never reads as exactly 500 billion.
 */
final class Quantities {
  private static final String[] NAMES = {"trillion", "billion", "million"};
  private static final int[] POWERS = {12, 9, 6};

  private Quantities() {}

  /** Returns {@code value} in {@code unit} for a table cell; "-" when there is no value. */
  static String format(BigDecimal value, String unit) {
    if (value == null) {
      return "-";
    }
    if (!unit.equals("yuan")) {
      return rounded(value, 0);
    }
    for (int i = 0; i < POWERS.length; i++) {
      BigDecimal scaled = value.movePointLeft(POWERS[i]);
      if (scaled.abs().compareTo(BigDecimal.ONE) >= 0) {
        return rounded(scaled, 2) + " " + NAMES[i];
      }
    }
    return rounded(value, 2);
  }

  /** Returns {@code value} with a unit word for the target column: "500 billion yuan". */
  static String withUnit(BigDecimal value, String unit) {
    return format(value, unit) + " " + Words.unit(value, unit);
  }

  private static String rounded(BigDecimal value, int decimals) {
    BigDecimal r = value.setScale(decimals, RoundingMode.HALF_EVEN);
    String mark = r.compareTo(value) == 0 ? "" : "~";
    return mark + Amounts.plain(r).toPlainString();
  }

  /** Returns a result's gap for a table cell: "1", "-" when UNKNOWN, "more than 0" when it must be exceeded. */
  static String gap(GoalResult result) {
    return gapWords(result) + format(result.gap(), result.goal().unit());
  }

  /** Returns "more than " when the result's gap must be exceeded rather than reached, else "". */
  static String gapWords(GoalResult result) {
    return result.gapIsExclusive() ? "more than " : "";
  }

  /** Returns a goal's final target for a cell: comparator, amount and unit, "> 500 billion yuan". */
  static String target(Goal goal) {
    return goal.comparison().symbol() + " " + withUnit(goal.target(), goal.unit());
  }

  /**
   * Returns the target a result was judged against: "> 175 billion yuan by 2023-12-31" for a
   * milestone, as {@link #target(Goal)} for the final target.
   */
  static String target(GoalResult result) {
    Goal goal = result.goal();
    String target = goal.comparison().symbol() + " " + withUnit(result.target(), goal.unit());
    return result.targetDate().equals(goal.deadline()) ? target : target + " by " + result.targetDate();
  }

  /** Returns a progress ratio as a percentage, "94.48%". */
  static String percent(BigDecimal progress) {
    return Amounts.plain(progress.movePointRight(2)).toPlainString() + "%";
  }
}
