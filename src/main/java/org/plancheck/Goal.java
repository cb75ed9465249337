package org.plancheck;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One numeric target of a plan, as declared by a rule's annotations.
 *
 * @param id the goal id, such as {@code GLC-SCALE}
 * @param plan the plan the goal belongs to, such as {@code green-low-carbon}
 * @param title a short title
 * @param comparison how the actual value is compared with the target
 * @param target the target, in {@code unit}
 * @param unit the unit of actual and target: {@code yuan}, {@code enterprises}, ...
 * @param deadline the date by which the target is to be met
 * @param source a paraphrase of the plan's wording, possibly empty
 * @param requires the names of the fact kinds the rule reads; absent ones make the goal UNKNOWN
 * @param conditions the rule's {@code when} part as written, to show how the goal is measured
 * @param rule the name of the rule that measures the goal
 * @param file the rule file
 * @param line the line of the rule in its file
 * @param titleZh the title in Chinese ({@code @title_zh}), empty when the rule gives none
 * @param sourceZh the paraphrase in Chinese ({@code @source_zh}), empty when the rule gives none
 */
public record Goal(
    String id,
    String plan,
    String title,
    Comparison comparison,
    BigDecimal target,
    String unit,
    LocalDate deadline,
    String source,
    Set<String> requires,
    String conditions,
    String rule,
    Path file,
    int line,
    String titleZh,
    String sourceZh) {

  /** The unit of money; amounts in it move in steps of one fen. */
  public static final String YUAN = "yuan";

  /** Requires every field but the source and the Chinese texts; copies {@code requires}. */
  public Goal {
    requireText("goal id", id);
    requireText("plan", plan);
    requireText("title", title);
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(target, "target");
    requireText("unit", unit);
    Objects.requireNonNull(deadline, "deadline");
    source = Objects.requireNonNullElse(source, "");
    requires = Set.copyOf(new java.util.TreeSet<>(requires));
    conditions = Objects.requireNonNullElse(conditions, "");
    requireText("rule", rule);
    Objects.requireNonNull(file, "file");
    titleZh = Objects.requireNonNullElse(titleZh, "");
    sourceZh = Objects.requireNonNullElse(sourceZh, "");
  }

  private static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  /**
   * Returns the smallest change the unit allows: one fen for yuan, nothing for percentages,
   * one for everything counted (enterprises, clusters, fields, ...).
   */
  public BigDecimal step() {
    return switch (unit) {
      case YUAN -> new BigDecimal("0.01");
      case "percent" -> BigDecimal.ZERO;
      default -> BigDecimal.ONE;
    };
  }

  /** Returns whether the goal's unit is money, so evidence is ranked by amount. */
  public boolean isMoney() {
    return unit.equals(YUAN);
  }
}
