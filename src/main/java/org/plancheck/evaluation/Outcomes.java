package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plancheck.FactSet;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.Measurements;
import org.plancheck.Amounts;
import org.plancheck.GoalResult;
import org.plancheck.Goal;
import org.plancheck.Status;

/** Turns what the rules measured into one result per goal. */
public final class Outcomes {
  static final Comparator<Fact> BY_ID = Comparator.comparing(Fact::id);
  // Written out rather than composed: evidence ranks every counted fact, millions at a time.
  public static final Comparator<Fact> LARGEST_FIRST = (a, b) -> {
    int byAmount = b.amount().compareTo(a.amount());
    return byAmount != 0 ? byAmount : a.id().compareTo(b.id());
  };

  private Outcomes() {}

  public static List<GoalResult> of(
      List<Goal> goals, FactSet facts, Map<String, Measurements.Measurement> measured) {
    List<GoalResult> results = new ArrayList<>(goals.size());
    for (Goal goal : goals) {
      results.add(outcome(goal, facts, measured.get(goal.id())));
    }
    return results;
  }

  private static GoalResult outcome(Goal goal, FactSet facts, Measurements.Measurement m) {
    List<String> missing = goal.requires().stream().filter(k -> !facts.has(k)).sorted().toList();
    if (!missing.isEmpty()) {
      return unknown(goal, "needs " + describe(missing) + ", which the fact set does not hold");
    }
    if (m == null) {
      return unknown(goal, "rule \"" + goal.rule() + "\" produced no result for this fact set");
    }
    BigDecimal actual = Amounts.plain(m.actual());
    boolean met = goal.comparison().holds(actual, goal.target());
    BigDecimal gap = goal.comparison().gap(actual, goal.target(), goal.step());
    return new GoalResult(goal, met ? Status.MET : Status.MISSED, actual, Amounts.plain(gap),
        progress(actual, goal.target()), null, evidence(m.counted()), m.counted());
  }

  private static GoalResult unknown(Goal goal, String reason) {
    return new GoalResult(goal, Status.UNKNOWN, null, null, null, reason, Evidence.NONE, List.of());
  }

  private static String describe(List<String> missing) {
    return missing.stream()
        .map(k -> k + " data (" + k + ".csv)")
        .collect(Collectors.joining(" and "));
  }

  private static BigDecimal progress(BigDecimal actual, BigDecimal target) {
    return target.signum() == 0 ? null : actual.divide(target, 4, RoundingMode.HALF_EVEN);
  }

  /** Ranks facts largest amount first when all have amounts, otherwise by id. */
  public static Comparator<Fact> ranking(List<Fact> facts) {
    for (Fact fact : facts) {
      if (fact.amount() == null) {
        return BY_ID;
      }
    }
    return LARGEST_FIRST;
  }

  /** Keeps the count and the top of the ranking, without sorting every counted fact. */
  public static Evidence evidence(List<Fact> counted) {
    List<Fact> candidates = counted instanceof Counted c ? c.candidates() : counted;
    boolean amounts = counted instanceof Counted c ? c.allAmounts() : ranking(counted) == LARGEST_FIRST;
    Comparator<Fact> rank = amounts ? LARGEST_FIRST : BY_ID;
    TopFacts top = new TopFacts();
    for (Fact fact : candidates) {
      top.add(fact, rank, Evidence.SAMPLE_SIZE);
    }
    return new Evidence(counted.size(), top.list().stream().map(Fact::id).toList());
  }
}
