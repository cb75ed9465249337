package org.plancheck;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param milestones the dated intermediate targets ({@code @milestones}), earliest first, each
 *     due before the deadline; empty when the goal has none
 * @param scopes the places the goal applies to one by one ({@code @scopes}), such as districts,
 *     each judged against the target; empty for a goal measured once
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
    List<Milestone> milestones,
    List<String> scopes,
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
    milestones = List.copyOf(milestones);
    LocalDate before = null;
    for (Milestone m : milestones) {
      if ((before != null && !m.date().isAfter(before)) || !m.date().isBefore(deadline)) {
        throw new IllegalArgumentException(
            id + ": milestones are due one after another, each before the deadline " + deadline);
      }
      before = m.date();
    }
    scopes = List.copyOf(scopes);
    if (scopes.stream().distinct().count() != scopes.size() || scopes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(id + ": scopes are named, each once");
    }
    titleZh = Objects.requireNonNullElse(titleZh, "");
    sourceZh = Objects.requireNonNullElse(sourceZh, "");
  }

  /**
   * Returns how reports name the goal's result for {@code scope}: "D-SCALE[Pudong]", or the id
   * alone for null.
   */
  public String label(String scope) {
    return label(id, scope);
  }

  /** Returns how reports name goal {@code id}'s result for {@code scope} (null for none). */
  public static String label(String id, String scope) {
    return scope == null ? id : id + "[" + scope + "]";
  }

  /** Returns whether the goal is measured once per scope. */
  public boolean isScoped() {
    return !scopes.isEmpty();
  }

  /** Returns the final target, {@code @target} at {@code @deadline}. */
  public Milestone finalTarget() {
    return new Milestone(deadline, target);
  }

  /** Returns every dated target, earliest first: the milestones, then the final target. */
  public List<Milestone> targets() {
    List<Milestone> all = new ArrayList<>(milestones);
    all.add(finalTarget());
    return List.copyOf(all);
  }

  /**
   * Returns the target a fact set dated {@code asOf} is judged against: the latest one due on
   * or before it, or empty when none is due yet. Without a date, the final target is due.
   */
  public Optional<Milestone> dueAt(LocalDate asOf) {
    if (asOf == null) {
      return Optional.of(finalTarget());
    }
    Milestone due = null;
    for (Milestone m : targets()) {
      if (!m.date().isAfter(asOf)) {
        due = m;
      }
    }
    return Optional.ofNullable(due);
  }

  /** Returns the first target due after {@code date}, or the final one when none is. */
  public Milestone nextAfter(LocalDate date) {
    return targets().stream().filter(m -> m.date().isAfter(date)).findFirst()
        .orElse(finalTarget());
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
