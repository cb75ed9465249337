package org.plancheck.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;
import org.plancheck.Comparison;
import org.plancheck.FactSchema;
import org.plancheck.Goal;
import org.plancheck.Milestone;
import org.plancheck.RuleProblem;

/** Reads one goal rule's annotations into a goal, or reports why it cannot. */
final class GoalReader {
  private final RuleImpl rule;
  private final RuleSource source;
  private final List<RuleProblem> problems;
  private final FactSchema schema;
  private final int before;

  GoalReader(RuleImpl rule, RuleSource source, FactSchema schema, List<RuleProblem> problems) {
    this.rule = rule;
    this.schema = schema;
    this.source = source;
    this.problems = problems;
    this.before = problems.size();
  }

  Goal read() {
    for (String name : GoalCatalog.REQUIRED) {
      if (text(name).isBlank()) {
        problem(name, "goal rule has no @" + name + "; every goal rule needs "
            + String.join(", ", GoalCatalog.REQUIRED.stream().map(n -> "@" + n).toList()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String id = text("goal");
    if (!rule.getName().startsWith(id)) {
      problem("goal", "rule name \"" + rule.getName() + "\" must begin with its goal id " + id);
    }
    Comparison comparison = Comparison.ofSymbol(text("comparator")).orElse(null);
    if (comparison == null) {
      problem("comparator", "@comparator must be one of >, >=, <, <=, =; got '" + text("comparator") + "'");
    }
    BigDecimal target = amount("target", "@target", rule.getMetaData().get("target"));
    LocalDate deadline = date("deadline", "@deadline", text("deadline"));
    List<Milestone> milestones = deadline == null ? List.of() : milestones(deadline);
    List<String> scopes = scopes();
    if (problems.size() > before) {
      return null;
    }
    if (text("source").isEmpty()) {
      int[] at = source.annotation(rule.getName(), "goal");
      problems.add(new RuleProblem(source.file(), at[0], at[1], RuleProblem.Severity.WARNING,
          "goal " + id + " has no @source; paraphrase the plan's wording so readers can check the reading"));
    }
    Set<String> requires = RequiredData.of(rule, schema);
    return new Goal(id, text("plan"), text("title"), comparison, target, text("unit"),
        deadline, text("source"), requires, source.conditions(rule.getName()), rule.getName(), source.file(),
        source.ruleLine(rule.getName()), milestones, scopes, text("title_zh"), text("source_zh"));
  }

  /** Reads "2023-12-31: 175 billion, 2024-12-31: 262.5 billion": dates in order, before the deadline. */
  private List<Milestone> milestones(LocalDate deadline) {
    String written = text("milestones");
    List<Milestone> milestones = new ArrayList<>();
    if (written.isEmpty()) {
      return milestones;
    }
    for (String item : written.split(",")) {
      int colon = item.indexOf(':');
      if (colon < 0) {
        problem("milestones", "@milestones lists \"date: target\" pairs such as "
            + "\"2023-12-31: 175 billion, 2024-12-31: 262.5 billion\"; got '" + item.strip() + "'");
        return List.of();
      }
      LocalDate date = date("milestones", "a milestone's date", item.substring(0, colon).strip());
      BigDecimal target = amount("milestones", "milestone " + item.substring(0, colon).strip(),
          item.substring(colon + 1).strip());
      if (date == null || target == null) {
        return List.of();
      }
      LocalDate previous = milestones.isEmpty() ? null : milestones.get(milestones.size() - 1).date();
      if (previous != null && !date.isAfter(previous)) {
        problem("milestones", "@milestones must be in date order, each date once; " + date + " comes after " + previous);
        return List.of();
      }
      if (!date.isBefore(deadline)) {
        problem("milestones", "milestone " + date + " is not before the @deadline " + deadline
            + "; the final target is @target, due at the deadline");
        return List.of();
      }
      milestones.add(new Milestone(date, target));
    }
    return milestones;
  }

  /** Reads "Pudong, Minhang, Xuhui": names, each once. */
  private List<String> scopes() {
    String written = text("scopes");
    Set<String> scopes = new LinkedHashSet<>();
    if (written.isEmpty()) {
      return List.of();
    }
    for (String item : written.split(",")) {
      String scope = item.strip();
      if (scope.isEmpty()) {
        problem("scopes", "@scopes lists names separated by commas, such as \"Pudong, Minhang\"; one is empty");
      } else if (!scopes.add(scope)) {
        problem("scopes", "@scopes names " + scope + " twice");
      }
    }
    return List.copyOf(scopes);
  }

  private BigDecimal amount(String annotation, String what, Object value) {
    try {
      return value instanceof Number n ? Amounts.of(n) : Amounts.parse(value.toString().strip());
    } catch (AmountFormatException e) {
      problem(annotation, what + ": " + e.getMessage());
      return null;
    }
  }

  private LocalDate date(String annotation, String what, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(annotation, what + " must be a date like 2025-12-31; got '" + text + "'");
      return null;
    }
  }

  private String text(String name) {
    Object value = rule.getMetaData().get(name);
    return value == null ? "" : value.toString().strip();
  }

  private void problem(String annotation, String message) {
    int[] at = source.annotation(rule.getName(), annotation);
    problems.add(new RuleProblem(source.file(), at[0], at[1], RuleProblem.Severity.ERROR, message));
  }
}
