package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  @TempDir Path rules;

  private static Enterprise firm(String id, String revenue, String... designations) {
    return new Enterprise(id, "", "green-low-carbon", "", new BigDecimal(revenue), Set.of(designations), false);
  }

  /** Compiles a rules folder holding one goal rule, X-1, with the given conditions and action. */
  private Evaluator oneRule(String name, String when, String then) throws IOException {
    Files.writeString(rules.resolve("a.drl"), """
        package test;
        import org.plancheck.Enterprise;
        global org.plancheck.Measurements measurements;
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
    Report report = RULES.evaluate(FactSet.builder("x").add(firm("E1", "1")).build());
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
    FactSet.Builder facts = FactSet.builder("x");
    for (int i = 1; i <= 25; i++) {
      facts.add(firm(String.format("E%02d", i), String.valueOf(i * 1000)));
    }
    Evidence evidence = RULES.evaluate(facts.build()).goal("GLC-SCALE").orElseThrow().evidence();
    assertThat(evidence.count()).isEqualTo(25);
    assertThat(evidence.sample()).containsExactly("E25", "E24", "E23", "E22", "E21", "E20", "E19", "E18", "E17", "E16");
  }

  @Test
  void progressAndGap_describeHowFarAMissedGoalIs() {
    FactSet facts = FactSet.builder("x").addAll(List.of(firm("A", "1", "leader"), firm("B", "1", "leader"))).build();
    GoalResult leaders = RULES.evaluate(facts).goal("GLC-LEADERS").orElseThrow();
    assertThat(leaders.progress()).isEqualByComparingTo("0.2");
    assertThat(leaders.gap()).isEqualByComparingTo("8");
  }

  @Test
  void goalWhoseRuleDoesNotFire_isUnknown_neverDropped() throws IOException {
    Evaluator evaluator = oneRule("X-1 fires only for huge firms",
        "$e : Enterprise(revenue > 1000)",
        "measurements.record(drools, 1, java.util.List.of($e));");
    GoalResult r = evaluator.evaluate(FactSet.builder("x").add(firm("E", "1")).build()).goal("X-1").orElseThrow();
    assertThat(r.status()).isEqualTo(Status.UNKNOWN);
    assertThat(r.reason()).isEqualTo("rule \"X-1 fires only for huge firms\" produced no result for this fact set");
  }

  @Test
  void ruleRecordingItsGoalTwice_isAnErrorNamingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 per firm",
        "$e : Enterprise()",
        "measurements.record(drools, 1, java.util.List.of($e));");
    FactSet facts = FactSet.builder("x").add(firm("A", "1")).add(firm("B", "2")).build();
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> evaluator.evaluate(facts));
    assertThat(e.rule()).isEqualTo("X-1 per firm");
    assertThat(e.getMessage()).isEqualTo("rule \"X-1 per firm\": recorded goal X-1 twice; a goal rule must fire once");
  }

  @Test
  void ruleThatThrows_isAnErrorNamingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 divides by zero",
        "$e : Enterprise()",
        "measurements.record(drools, 1 / ($e.revenue().intValue() - 1), java.util.List.of($e));");
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> evaluator.evaluate(FactSet.builder("x").add(firm("A", "1")).build()));
    assertThat(e.getMessage()).startsWith("rule \"X-1 divides by zero\": (goal X-1) failed: java.lang.ArithmeticException");
  }

  @Test
  void ruleThatKeepsFiring_isStoppedAfterTheLimit_namingTheRule() throws IOException {
    Evaluator evaluator = oneRule("X-1 counts", "accumulate($e : Enterprise(); $n : count(), $l : collectList($e))",
        "measurements.record(drools, $n, $l);");
    Files.writeString(rules.resolve("b.drl"), """
        package loop;
        import org.plancheck.Enterprise;
        rule "LOOP clones firms forever"
        when
            $e : Enterprise()
        then
            insert(new Enterprise($e.id() + "x", "", $e.industry(), "", $e.revenue(), java.util.Set.of(), false));
        end
        """);
    FiringLimitException e = catchThrowableOfType(FiringLimitException.class,
        () -> Evaluator.fromRules(rules).withMaxFirings(500).evaluate(FactSet.builder("x").add(firm("A", "1")).build()));
    assertThat(e.rule()).hasValue("LOOP clones firms forever");
    assertThat(e.limit()).hasValue(Limits.Limit.MAX_FIRINGS);
    assertThat(e.getMessage()).contains("kept firing and was stopped after 500 rule firings")
        .contains("raise the limit with Evaluator.withMaxFirings").doesNotContain("--max");
    assertThat(evaluator.evaluate(FactSet.builder("x").add(firm("A", "1")).build()).goals()).hasSize(1);
  }

  @Test
  void oneEvaluator_givesTheSameReportsFromManyThreads() throws Exception {
    List<FactSet> sets = new ArrayList<>();
    for (String name : List.of("shanghai-2025", "all-goals-met", "thresholds-exactly-at-target", "data-files-absent")) {
      sets.add(FactSets.read(Path.of("fixtures", name)));
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
