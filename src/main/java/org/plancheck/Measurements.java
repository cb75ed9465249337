package org.plancheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.plancheck.evaluation.Groups;
import org.plancheck.evaluation.Counted;

/**
 * Where goal rules report what they measured; rules see it as the global {@code measurements}.
 *
 * <p>A goal rule computes its measure in DRL and ends with {@code measurements.record(drools,
 * $actual, $counted)}. The goal is the rule's {@code @goal}; the harness compares the actual
 * value with the rule's {@code @comparator} and {@code @target}, so each threshold is written
 * once. A goal with {@code @scopes} records one measure per scope instead, {@code
 * measurements.record(drools, $district, $actual, $counted)}, and each is judged alone. One
 * instance serves one evaluation on one thread.
 */
public final class Measurements {
  /**
   * What one rule measured for one goal.
   *
   * @param rule the rule's name
   * @param scope the scope it was measured for, null for an unscoped goal
   * @param actual the measure
   * @param counted the facts it counted
   */
  public record Measurement(String rule, String scope, BigDecimal actual, List<Fact> counted) {}

  /** Tells which fact or group a rule-engine object stands for; null for anything else. */
  interface Resolver {
    /** Returns the fact {@code bean} was made from, or null. */
    Fact fact(Object bean);

    /** Returns the group {@code bean} stands for, or null. */
    Groups.Group group(Object bean);
  }

  // Per goal id, per scope (null for an unscoped goal).
  private final Map<String, Map<String, Measurement>> byGoal = new HashMap<>();
  private final List<RuleEvaluationException> faults = new ArrayList<>();
  private final Resolver resolver;
  private final Map<String, Goal> goals;

  Measurements(Resolver resolver, Map<String, Goal> goals) {
    this.resolver = resolver;
    this.goals = goals;
  }

  /**
   * Records the measure of the calling rule's goal.
   *
   * @param drools the rule context, {@code drools} in a consequence
   * @param actual the measured value: a sum in the goal's unit, or a count
   * @param counted the facts the measure counted, reported as evidence
   */
  public void record(RuleContext drools, Number actual, Collection<?> counted) {
    store(drools, null, actual, counted);
  }

  /**
   * Records the measure of the calling rule's goal for one of its {@code @scopes}.
   *
   * @param drools the rule context, {@code drools} in a consequence
   * @param scope the scope measured, one of the names the goal's {@code @scopes} lists (a
   *     district, for instance); its text is used
   * @param actual the measured value: a sum in the goal's unit, or a count
   * @param counted the facts the measure counted, reported as evidence
   */
  public void record(RuleContext drools, Object scope, Number actual, Collection<?> counted) {
    if (scope == null) {
      String rule = drools.getRule().getName();
      faults.add(new RuleEvaluationException(rule, "recorded a measure for a null scope", null));
      return;
    }
    store(drools, scope.toString(), actual, counted);
  }

  private void store(RuleContext drools, String scope, Number actual, Collection<?> counted) {
    String rule = drools.getRule().getName();
    Object id = drools.getRule().getMetaData().get("goal");
    Goal goal = id == null ? null : goals.get(id.toString());
    String problem = id == null ? "recorded a measure but has no @goal" : scopeProblem(goal, id, scope);
    if (problem != null) {
      faults.add(new RuleEvaluationException(rule, problem, null));
      return;
    }
    Measurement m = new Measurement(rule, scope, toDecimal(actual), facts(rule, counted));
    if (byGoal.computeIfAbsent(goal.id(), g -> new HashMap<>()).putIfAbsent(scope, m) != null) {
      faults.add(new RuleEvaluationException(rule, "recorded goal " + id
          + (scope == null ? "" : " for scope " + scope) + " twice; a goal rule must fire once"
          + (scope == null ? "" : " per scope"), null));
    }
  }

  private static String scopeProblem(Goal goal, Object id, String scope) {
    if (goal == null) {
      return "recorded goal " + id + ", which the rules do not declare";
    }
    if (goal.isScoped() && scope == null) {
      return "goal " + id + " has @scopes; record it once per scope with measurements.record(drools, scope, actual, counted)";
    }
    if (!goal.isScoped() && scope != null) {
      return "recorded goal " + id + " for scope " + scope + ", but the goal has no @scopes; list its scopes "
          + "or record it with measurements.record(drools, actual, counted)";
    }
    if (scope != null && !goal.scopes().contains(scope)) {
      return "recorded goal " + id + " for scope " + scope + ", which its @scopes does not list ("
          + String.join(", ", goal.scopes()) + ")";
    }
    return null;
  }

  Map<String, Map<String, Measurement>> byGoal() {
    return byGoal;
  }

  List<RuleEvaluationException> faults() {
    return faults;
  }

  private List<Fact> facts(String rule, Collection<?> counted) {
    List<Groups.Group> groups = new ArrayList<>();
    List<Fact> singles = new ArrayList<>();
    for (Object o : counted) {
      Groups.Group group = resolver.group(o);
      Fact fact = group == null ? resolver.fact(o) : null;
      if (group != null) {
        groups.add(group);
      } else if (fact != null) {
        singles.add(fact);
      } else {
        faults.add(new RuleEvaluationException(rule, "counted something that is not a fact of a declared kind"
            + " (@facts) or a group (@groups): " + o, null));
        return List.of();
      }
    }
    return new Counted(groups, singles);
  }

  private static BigDecimal toDecimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    // Counts arrive as Long or Integer; a double sum is converted from its shortest text.
    return n instanceof Double || n instanceof Float
        ? BigDecimal.valueOf(n.doubleValue())
        : new BigDecimal(n.toString());
  }
}
