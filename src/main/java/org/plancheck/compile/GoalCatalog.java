package org.plancheck.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.plancheck.RuleProblem;
import org.plancheck.FactSchema;
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
}
