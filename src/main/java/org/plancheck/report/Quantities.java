package org.plancheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.plancheck.Amounts;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Milestone;

/**
 * Formats numbers for people: yuan in the language's large units with two decimals (trillion,
 * billion, million; 万亿, 亿, 万), counts as whole numbers. A rounded figure is marked ({@code ~},
 * 约) so that 499.999 billion never reads as exactly 500 billion. The units, their powers of
 * ten and the marks come from the language's catalogue ({@code amount.*}).
 */
public final class Quantities {
  private Quantities() {}

  /** Returns {@code value} in {@code unit} for a table cell; "-" when there is no value. */
  public static String format(BigDecimal value, String unit, Lang lang) {
    if (value == null) {
      return "-";
    }
    if (!unit.equals(Goal.YUAN)) {
      return rounded(value, 0, lang);
    }
    // "12 trillion, 9 billion, 6 million": the largest first.
    for (String scale : lang.word("amount.scales").split(",")) {
      String[] powerAndName = scale.strip().split(" ", 2);
      BigDecimal scaled = value.movePointLeft(Integer.parseInt(powerAndName[0]));
      if (scaled.abs().compareTo(BigDecimal.ONE) >= 0) {
        return lang.say("amount.scaled", rounded(scaled, 2, lang), powerAndName[1]);
      }
    }
    return rounded(value, 2, lang);
  }

  /**
   * Returns {@code value} with a unit word for the target column: "500 billion yuan", "5000亿元".
   * The word is the catalogue's {@code unit.<unit>} or else the unit as the rule writes it,
   * singular for exactly 1 ("1 enterprise").
   */
  static String withUnit(BigDecimal value, String unit, Lang lang) {
    String amount = format(value, unit, lang);
    return lang.find("unit." + unit).map(word -> lang.say("amount.unit", amount, word))
        .orElseGet(() -> lang.say("amount.unitAsWritten", amount, Words.unit(value, unit)));
  }

  private static String rounded(BigDecimal value, int decimals, Lang lang) {
    BigDecimal r = value.setScale(decimals, RoundingMode.HALF_EVEN);
    String plain = Amounts.plain(r).toPlainString();
    return r.compareTo(value) == 0 ? plain : lang.say("amount.rounded", plain);
  }

  /** Returns the mark of a rounded figure, "~" or "约". */
  public static String roundedMark(Lang lang) {
    return lang.say("amount.rounded", "");
  }

  /** Returns a result's gap for a table cell: "1", "-" when UNKNOWN, "more than 0" when it must be exceeded. */
  static String gap(GoalResult result, Lang lang) {
    return exceeding(result, format(result.gap(), result.goal().unit(), lang), lang);
  }

  /** Returns {@code gap} as written, or "more than {@code gap}" when the result's gap must be exceeded. */
  static String exceeding(GoalResult result, String gap, Lang lang) {
    return result.gapIsExclusive() ? lang.say("gap.exclusive", gap) : gap;
  }

  /** Returns "more than " when the result's gap must be exceeded rather than reached, else "" (for JUnit XML). */
  static String gapWords(GoalResult result) {
    return result.gapIsExclusive() ? "more than " : "";
  }

  /** Returns a goal's target for a cell: "> 500 billion yuan", "超过5000亿元". */
  static String target(Goal goal, Lang lang) {
    return cell(goal, goal.target(), lang);
  }

  /** Returns one of a goal's dated targets with its date: "> 130 billion yuan by 2024-12-31". */
  static String target(Goal goal, Milestone dated, Lang lang) {
    return lang.say("target.due", cell(goal, dated.target(), lang), dated.date());
  }

  /**
   * Returns the target a result was judged against: as {@link #target(Goal, Lang)}, or for a
   * milestone with its date, "> 130 billion yuan by 2024-12-31".
   */
  static String target(GoalResult result, Lang lang) {
    Goal goal = result.goal();
    return result.targetDate().equals(goal.deadline()) ? cell(goal, result.target(), lang)
        : target(goal, new Milestone(result.targetDate(), result.target()), lang);
  }

  private static String cell(Goal goal, BigDecimal target, Lang lang) {
    return lang.say("target.cell", goal.comparison().symbol(), lang.comparator(goal.comparison()),
        withUnit(target, goal.unit(), lang));
  }

  /** Returns a goal's target in words: "more than 500 billion yuan", "超过5000亿元". */
  static String targetInWords(Goal goal, Lang lang) {
    return lang.say("target.words", lang.comparator(goal.comparison()), withUnit(goal.target(), goal.unit(), lang));
  }

  /** Returns a progress ratio as a percentage, "94.48%". */
  static String percent(BigDecimal progress) {
    return Amounts.plain(progress.movePointRight(2)).toPlainString() + "%";
  }
}
