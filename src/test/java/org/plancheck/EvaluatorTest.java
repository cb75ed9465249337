package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.Shanghai.Enterprise;

class EvaluatorTest {
  private static final Evaluator RULES = Shanghai.RULES;

  @TempDir Path rules;

  private static Enterprise firm(String id, String revenue, String... designations) {
    return new Enterprise(id, "", "green-low-carbon", "", new BigDecimal(revenue), Set.of(designations), false);
  }

  private static Shanghai.Register set(Enterprise... firms) {
    return Shanghai.register("x").addAll(List.of(firms));
  }

  /** A fact set of {@link #oneRule}'s declared Firm kind, one firm per revenue. */
  private static FactSet firms(Evaluator evaluator, String... revenues) {
    FactSet.Builder facts = FactSet.builder(evaluator.schema(), "x").with("firms");
    for (int i = 0; i < revenues.length; i++) {
      facts.add("firms", Map.of("id", "F" + i, "revenue", revenues[i]));
    }
    return facts.build();
  }

  /**
   * Compiles a rules folder declaring a Firm kind (firms.csv: id, revenue) and one goal rule,
   * X-1, with the given conditions and action.
   */
  private Evaluator oneRule(String name, String when, String then) throws IOException {
    Files.writeString(rules.resolve("a.drl"), """
        package test;
        global org.plancheck.Measurements measurements;
        declare Firm
            @facts("firms")
            id : String @key
            revenue : java.math.BigDecimal @amount
        end
        rule "%s"
            @goal("X-1") @plan("p") @title("t") @comparator(">=") @target(1) @unit("enterprises")
            @deadline("2025-12-31")
        when
            %s
        then
            %s
        end
        """.formatted(name, when, then));
    return Evaluator.fromRules(rules);
  }

  @Test
  void absentData_makesItsGoalsUnknown_withAReasonNamingTheFile() {
    Report report = RULES.evaluate(set(firm("E1", "1")).factSet());
    GoalResult parks = report.goal("GLC-PARKS").orElseThrow();
    assertThat(parks.status()).isEqualTo(Status.UNKNOWN);
    assertThat(parks.reason()).isEqualTo("needs parks data (parks.csv), which the fact set does not hold");
    assertThat(parks.actual()).isNull();
    assertThat(parks.gap()).isNull();
    assertThat(report.goal("GLC-SCALE").orElseThrow().status()).isEqualTo(Status.MISSED);
    assertThat(report.goals()).hasSize(RULES.goals().size());
  }

  @Test
  void evidence_countsEveryFact_andSamplesTheTenLargestFirst() {
    Shanghai.Register facts = Shanghai.register("x");
    for (int i = 1; i <= 25; i++) {
      facts.add(firm(String.format("E%02d", i), String.valueOf(i * 1000)));
    }
    Evidence evidence = RULES.evaluate(facts.factSet()).goal("GLC-SCALE").orElseThrow().evidence();
    assertThat(evidence.count()).isEqualTo(25);
    assertThat(evidence.sample()).containsExactly("E25", "E24", "E23", "E22", "E21", "E20", "E19", "E18", "E17", "E16");
  }

  @Test
  void progressAndGap_describeHowFarAMissedGoalIs() {
    FactSet facts = set(firm("A", "1", "leader"), firm("B", "1", "leader")).factSet();
    GoalResult leaders = RULES.evaluate(facts).goal("GLC-LEADERS").orElseThrow();
    assertThat(leaders.progress()).isEqualByComparingTo("0.2");
    assertThat(leaders.gap()).isEqualByComparingTo("8");
  }

  @Test
  void goalWhoseRuleDoesNotFire_isUnknown_neverDropped() throws IOException {
    Evaluator evaluator = oneRule("X-1 fires only for huge firms",
        "$e : Firm(revenue > 1000)",
        "measurements.record(drools, 1, java.util.List.of($e));");
    GoalResult r = evaluator.evaluate(firms(evaluator, "1")).goal("X-1").orElseThrow();
    assertThat(r.status()).isEqualTo(Status.UNKNOWN);
    assertThat(r.reason()).isEqualTo("rule \"X-1 fires only for huge firms\" produced no result for this fact set");
  }

  @Test
  void ruleRecordingItsGoalTwice_isAnErrorNamingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 per firm",
        "$e : Firm()",
        "measurements.record(drools, 1, java.util.List.of($e));");
    FactSet facts = firms(evaluator, "1", "2");
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> evaluator.evaluate(facts));
    assertThat(e.rule()).isEqualTo("X-1 per firm");
    assertThat(e.getMessage()).isEqualTo("rule \"X-1 per firm\": recorded goal X-1 twice; a goal rule must fire once");
  }

  @Test
  void ruleThatThrows_isAnErrorNamingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 divides by zero",
        "$e : Firm()",
        "measurements.record(drools, 1 / ($e.getRevenue().intValue() - 1), java.util.List.of($e));");
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> evaluator.evaluate(firms(evaluator, "1")));
    assertThat(e.getMessage()).startsWith("rule \"X-1 divides by zero\": (goal X-1) failed: java.lang.ArithmeticException");
  }

  @Test
  void ruleThatKeepsFiring_isStoppedAfterTheLimit_namingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 counts", "accumulate($e : Firm(); $n : count(), $l : collectList($e))",
        "measurements.record(drools, $n, $l);");
    Files.writeString(rules.resolve("b.drl"), """
        package loop;
        rule "LOOP clones firms forever"
        when
            $e : Firm()
        then
            insert(new Firm($e.getId() + "x", $e.getRevenue()));
        end
        """);
    Evaluator looping = Evaluator.fromRules(rules).withMaxFirings(500);
    FiringLimitException e = catchThrowableOfType(FiringLimitException.class,
        () -> looping.evaluate(firms(looping, "1")));
    assertThat(e.rule()).hasValue("LOOP clones firms forever");
    assertThat(e.limit()).hasValue(Limits.Limit.MAX_FIRINGS);
    assertThat(e.getMessage()).contains("kept firing and was stopped after 500 rule firings")
        .contains("raise the limit with Evaluator.withMaxFirings").doesNotContain("--max");
    assertThat(evaluator.evaluate(firms(evaluator, "1")).goals()).hasSize(1);
  }

  @Test
  void oneEvaluator_givesTheSameReportsFromManyThreads() throws Exception {
    List<FactSet> sets = new ArrayList<>();
    for (String name : List.of("shanghai-2025", "all-goals-met", "thresholds-exactly-at-target", "data-files-absent")) {
      sets.add(FactSets.read(Path.of("fixtures", name), RULES.schema()));
    }
    List<String> sequential = sets.stream().map(s -> RULES.evaluate(s).toJson()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (FactSet s : sets) {
          futures.add(pool.submit(() -> RULES.evaluate(s).toJson()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % sets.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
