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
 * once. One instance serves one evaluation on one thread.
 */
public final class Measurements {
  /**
   * What one rule measured for one goal.
   *
   * @param rule the rule's name
   * @param actual the measure
   * @param counted the facts it counted
   */
  public record Measurement(String rule, BigDecimal actual, List<Fact> counted) {}

  /** Tells which fact or group a rule-engine object stands for; null for anything else. */
  interface Resolver {
    /** Returns the fact {@code bean} was made from, or null. */
    Fact fact(Object bean);

    /** Returns the group {@code bean} stands for, or null. */
    Groups.Group group(Object bean);
  }

  private final Map<String, Measurement> byGoal = new HashMap<>();
  private final List<RuleEvaluationException> faults = new ArrayList<>();
  private final Resolver resolver;

  Measurements(Resolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Records the measure of the calling rule's goal.
   *
   * @param drools the rule context, {@code drools} in a consequence
   * @param actual the measured value: a sum in the goal's unit, or a count
   * @param counted the facts the measure counted, reported as evidence
   */
  public void record(RuleContext drools, Number actual, Collection<?> counted) {
    String rule = drools.getRule().getName();
    Object goal = drools.getRule().getMetaData().get("goal");
    if (goal == null) {
      faults.add(new RuleEvaluationException(rule, "recorded a measure but has no @goal", null));
      return;
    }
    Measurement m = new Measurement(rule, toDecimal(actual), facts(rule, counted));
    if (byGoal.putIfAbsent(goal.toString(), m) != null) {
      faults.add(
          new RuleEvaluationException(
              rule, "recorded goal " + goal + " twice; a goal rule must fire once", null));
    }
  }

  Map<String, Measurement> byGoal() {
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
