package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plancheck.FactSet;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.Measurements;
import org.plancheck.Amounts;
import org.plancheck.GoalResult;
import org.plancheck.Goal;
import org.plancheck.Milestone;
import org.plancheck.Status;

/** Turns what the rules measured into one result per goal. */
public final class Outcomes {
  static final Comparator<Fact> BY_ID = Comparator.comparing(Fact::id);
  // Written out rather than composed: evidence ranks every counted fact, millions at a time.
  public static final Comparator<Fact> LARGEST_FIRST = (a, b) -> largestFirst(a.amount(), a.id(), b.amount(), b.id());

  /**
   * Compares the fact with amount {@code amountA} and id {@code idA} with another as {@link
   * #LARGEST_FIRST} ranks them: the larger amount first, then the smaller id.
   */
  static int largestFirst(BigDecimal amountA, String idA, BigDecimal amountB, String idB) {
    int byAmount = amountB.compareTo(amountA);
    return byAmount != 0 ? byAmount : idA.compareTo(idB);
  }

  private Outcomes() {}

  /**
   * Returns one result per goal, or per goal and scope for a goal with {@code @scopes}, in goal
   * order. Each is judged against the target due at the fact set's {@code asOf}.
   */
  public static List<GoalResult> of(
      List<Goal> goals, FactSet facts, Map<String, Map<String, Measurements.Measurement>> measured) {
    List<GoalResult> results = new ArrayList<>(goals.size());
    for (Goal goal : goals) {
      // Keyed by scope, null for an unscoped goal: a HashMap, which takes a null key.
      Map<String, Measurements.Measurement> byScope = measured.getOrDefault(goal.id(), new HashMap<>());
      if (!goal.isScoped()) {
        results.add(outcome(goal, null, facts, byScope.get(null)));
      }
      for (String scope : goal.scopes()) {
        results.add(outcome(goal, scope, facts, byScope.get(scope)));
      }
    }
    return results;
  }

  private static GoalResult outcome(Goal goal, String scope, FactSet facts, Measurements.Measurement m) {
    Optional<Milestone> due = goal.dueAt(facts.info().asOf());
    // Before any target is due, the final one tells MET from PENDING.
    Milestone target = due.orElse(goal.finalTarget());
    List<String> missing = goal.requires().stream().filter(k -> !facts.has(k)).sorted().toList();
    if (!missing.isEmpty()) {
      return unknown(goal, scope, target, "needs " + describe(missing) + ", which the fact set does not hold", missing);
    }
    if (m == null) {
      return unknown(goal, scope, target, "rule \"" + goal.rule() + "\" produced no result for "
          + (scope == null ? "" : "scope " + scope + " in ") + "this fact set", List.of());
    }
    BigDecimal actual = Amounts.plain(m.actual());
    boolean met = goal.comparison().holds(actual, target.target());
    Status status = met ? Status.MET : due.isPresent() ? Status.MISSED : Status.PENDING;
    BigDecimal gap = goal.comparison().gap(actual, target.target(), goal.step());
    return new GoalResult(goal, scope, status, target.target(), target.date(), actual, Amounts.plain(gap),
        progress(actual, target.target()), null, evidence(m.counted()), m.counted(), List.of());
  }

  private static GoalResult unknown(Goal goal, String scope, Milestone target, String reason, List<String> missing) {
    return new GoalResult(goal, scope, Status.UNKNOWN, target.target(), target.date(), null, null, null,
        reason, Evidence.NONE, List.of(), missing);
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
