package org.plancheck.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.plancheck.Amounts;
import org.plancheck.Evaluator;
import org.plancheck.GoalResult;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.Shanghai.Cluster;
import org.plancheck.testing.Shanghai.Enterprise;
import org.plancheck.testing.Shanghai.Fact;

/** Evaluates the shipped rules on small fact sets built in code, for threshold tests. */
final class RuleHarness {
  /** The shipped rules, compiled once for every rule test (compiling takes about a second). */
  static final Evaluator RULES = Shanghai.RULES;

  private static final AtomicInteger IDS = new AtomicInteger();

  private RuleHarness() {}

  /** Evaluates {@code facts}, with every kind of data present, and returns one goal's result. */
  static GoalResult goal(String id, List<? extends Fact> facts) {
    Shanghai.Register set = Shanghai.register("test").withAll().addAll(facts);
    return RULES.evaluate(set.factSet()).goal(id).orElseThrow();
  }

  static Enterprise enterprise(String industry, String revenue, String... designations) {
    return new Enterprise(nextId(), "", industry, "", Amounts.parse(revenue), Set.of(designations), false);
  }

  static Enterprise international(String industry, String... designations) {
    return new Enterprise(nextId(), "", industry, "", BigDecimal.ONE, Set.of(designations), true);
  }

  static Enterprise inSegment(String segment) {
    return new Enterprise(nextId(), "", "intelligent-terminal", segment, BigDecimal.ONE, Set.of(), false);
  }

  static Cluster cluster(String industry, String scale) {
    return new Cluster(nextId(), "", industry, Amounts.parse(scale));
  }

  /** Returns {@code n} facts made by {@code make}. */
  static List<Fact> times(int n, Supplier<? extends Fact> make) {
    return IntStream.range(0, n).<Fact>mapToObj(i -> make.get()).toList();
  }

  static String nextId() {
    return "F" + IDS.incrementAndGet();
  }
}
