package org.plancheck.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.plancheck.Comparison;
import org.plancheck.RuleProblem;
import org.plancheck.FactSchema;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;
import org.plancheck.Goal;

/**
 * Reads the goals back from a compiled rule base: every rule with a {@code @goal} annotation
 * is a goal rule, and its annotations are the goal's metadata.
 */
public final class GoalCatalog {
  /** The annotations every goal rule must carry. */
  public static final List<String> REQUIRED =
      List.of("goal", "plan", "title", "comparator", "target", "unit", "deadline");

  /** How a goal rule hands its measure to the harness. */
  public static final String RECORD = "measurements.record";

  private GoalCatalog() {}

  private static RuleProblem at(RuleSource source, String rule, String word, RuleProblem.Severity severity, String message) {
    int[] where = source.find(source.ruleLine(rule), word);
    int[] position = where == null ? new int[] {source.ruleLine(rule), 1} : where;
    return new RuleProblem(source.file(), position[0], position[1], severity, message);
  }

  /** Returns the goals in rule-file order, adding a problem for each bad annotation. */
  public static List<Goal> read(
      Collection<? extends KiePackage> packages, Map<String, RuleSource> sources, FactSchema schema,
      List<RuleProblem> problems) {
    List<String> fileOrder = new ArrayList<>(sources.keySet());
    List<RuleImpl> rules = new ArrayList<>();
    for (KiePackage pkg : packages) {
      for (Rule rule : pkg.getRules()) {
        rules.add((RuleImpl) rule);
      }
    }
    rules.sort(
        Comparator.comparingInt((RuleImpl r) -> fileOrder.indexOf(RuleCompiler.key(r.getResource())))
            .thenComparingInt(RuleImpl::getLoadOrder));
    List<Goal> goals = new ArrayList<>();
    Map<String, Goal> byId = new HashMap<>();
    for (RuleImpl rule : rules) {
      RuleSource source = sources.get(RuleCompiler.key(rule.getResource()));
      boolean records = source.ruleText(rule.getName()).contains(RECORD);
      if (rule.getMetaData().containsKey("goal")) {
        Goal goal = new GoalReader(rule, source, schema, problems).read();
        if (goal != null && claim(goal, byId, source, problems)) {
          goals.add(goal);
        }
        if (!records) {
          problems.add(at(source, rule.getName(), "then", RuleProblem.Severity.WARNING,
              "goal rule never calls " + RECORD + "(...); its goal will always be UNKNOWN"));
        }
      } else if (records) {
        problems.add(at(source, rule.getName(), "rule", RuleProblem.Severity.ERROR,
            "rule calls " + RECORD + "(...) but has no @goal; annotate it as a goal rule"));
      }
    }
    if (goals.isEmpty() && problems.isEmpty()) {
      RuleSource first = sources.values().iterator().next();
      problems.add(new RuleProblem(first.file(), 0, 0, RuleProblem.Severity.ERROR,
          "no goal rules: annotate each goal's rule with @goal and its metadata"));
    }
    return goals;
  }

  private static boolean claim(Goal goal, Map<String, Goal> byId, RuleSource source, List<RuleProblem> problems) {
    Goal first = byId.putIfAbsent(goal.id(), goal);
    if (first == null) {
      return true;
    }
    int[] at = source.annotation(goal.rule(), "goal");
    problems.add(new RuleProblem(source.file(), at[0], at[1], RuleProblem.Severity.ERROR,
        "goal " + goal.id() + " is already measured by rule \"" + first.rule() + "\" at "
            + first.file() + ":" + first.line() + "; a goal has one rule"));
    return false;
  }

  /** Reads one rule's annotations into a goal, or reports why it cannot. */
  private static final class GoalReader {
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
      for (String name : REQUIRED) {
        if (text(name).isBlank()) {
          problem(name, "goal rule has no @" + name + "; every goal rule needs "
              + String.join(", ", REQUIRED.stream().map(n -> "@" + n).toList()));
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
      BigDecimal target = target();
      LocalDate deadline = deadline();
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
          source.ruleLine(rule.getName()), text("title_zh"), text("source_zh"));
    }

    private BigDecimal target() {
      Object value = rule.getMetaData().get("target");
      try {
        return value instanceof Number n ? Amounts.of(n) : Amounts.parse(value.toString());
      } catch (AmountFormatException e) {
        problem("target", "@target: " + e.getMessage());
        return null;
      }
    }

    private LocalDate deadline() {
      try {
        return LocalDate.parse(text("deadline"));
      } catch (DateTimeParseException e) {
        problem("deadline", "@deadline must be a date like 2025-12-31; got '" + text("deadline") + "'");
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
}
