package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;

/**
 * Goals in time and place, on the example plan examples/metaverse-districts: a fact set is
 * judged against the target due at its asOf (PENDING before any is due), and a goal with
 * {@code @scopes} gets one result per district, at, just below and just above each threshold.
 */
class MilestonesAndScopesTest {
  private static final Path PLAN = Path.of("examples/metaverse-districts/rules");
  private static final Evaluator RULES = Evaluator.fromRules(PLAN);
  private static final String DISTRICTS = "Pudong, Minhang, Xuhui, Jing'an, Huangpu";

  @TempDir Path dir;
  private int sets;

  /** Writes a fact set of enterprises "district:revenue[:leader]" dated asOf (null for none). */
  private Report evaluate(String asOf, String... enterprises) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("set" + ++sets));
    Files.writeString(folder.resolve("factset.json"),
        asOf == null ? "{\"name\": \"s\"}" : "{\"name\": \"s\", \"asOf\": \"" + asOf + "\"}");
    List<String> rows = new ArrayList<>(List.of("id,name,district,revenue,leader"));
    for (int i = 0; i < enterprises.length; i++) {
      String[] e = enterprises[i].split(":");
      rows.add("E" + i + ",,"  + e[0] + "," + e[1] + "," + (e.length > 2));
    }
    Files.write(folder.resolve("enterprises.csv"), rows);
    return RULES.evaluate(RULES.read(folder));
  }

  private static GoalResult scale(Report report) {
    return report.goal("MVD-SCALE").orElseThrow();
  }

  @Test
  void scaleExactlyAtItsMilestone_onTheMilestoneDate_isMet() throws IOException {
    GoalResult r = scale(evaluate("2023-12-31", "Pudong:80000000000"));
    assertThat(r.status()).isEqualTo(Status.MET);
    assertThat(r.target()).isEqualByComparingTo("80000000000");
    assertThat(r.targetDate()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void scaleJustBelowItsMilestone_onTheMilestoneDate_isMissed_byOneFen() throws IOException {
    GoalResult r = scale(evaluate("2023-12-31", "Pudong:79999999999.99"));
    assertThat(r.status()).isEqualTo(Status.MISSED);
    assertThat(r.gap()).isEqualByComparingTo("0.01");
  }

  @Test
  void scaleJustAboveItsMilestone_isMet() throws IOException {
    assertThat(scale(evaluate("2024-01-15", "Pudong:80000000000.01")).status()).isEqualTo(Status.MET);
  }

  @Test
  void theDayBeforeTheFirstMilestone_belowTheFinalTarget_isPending_againstTheFinalTarget() throws IOException {
    Report report = evaluate("2023-12-30", "Pudong:150000000000");
    GoalResult r = scale(report);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.target()).isEqualByComparingTo("200000000000");
    assertThat(r.targetDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(r.gap()).isEqualByComparingTo("50000000000");
    assertThat(r.progress()).isEqualByComparingTo("0.75");
    assertThat(report.summary().pending()).isPositive();
  }

  @Test
  void theDayBeforeTheFirstMilestone_theFinalTargetAlreadyReached_isMet() throws IOException {
    assertThat(scale(evaluate("2023-12-30", "Pudong:200000000000")).status()).isEqualTo(Status.MET);
  }

  @Test
  void betweenMilestones_theLatestDueOneApplies() throws IOException {
    GoalResult r = scale(evaluate("2024-12-30", "Pudong:100000000000"));
    assertThat(r.status()).isEqualTo(Status.MET);
    assertThat(r.targetDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    GoalResult next = scale(evaluate("2024-12-31", "Pudong:100000000000"));
    assertThat(next.status()).isEqualTo(Status.MISSED);
    assertThat(next.target()).isEqualByComparingTo("130000000000");
  }

  @Test
  void afterTheDeadline_andWithoutADate_theFinalTargetApplies() throws IOException {
    assertThat(scale(evaluate("2026-03-31", "Pudong:199999999999.99")).status()).isEqualTo(Status.MISSED);
    GoalResult undated = scale(evaluate(null, "Pudong:150000000000"));
    assertThat(undated.status()).as("no asOf: judged now, as before milestones").isEqualTo(Status.MISSED);
    assertThat(undated.targetDate()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aRunWithOnlyMetAndPendingGoals_passes_butOneMissedMilestoneFailsIt() throws IOException {
    String[] allDistricts = {"Pudong:30000000000:L", "Pudong:1:L", "Minhang:1", "Xuhui:1", "Jing'an:1", "Huangpu:1"};
    Report early = evaluate("2023-06-30", allDistricts);
    assertThat(early.goals()).extracting(GoalResult::status).containsOnly(Status.MET, Status.PENDING);
    assertThat(early.passes()).isTrue();
    assertThat(early.allMet()).isFalse();
    assertThat(evaluate("2023-12-31", allDistricts).passes()).as("80 billion due, 30 billion reached").isFalse();
  }

  @Test
  void eachScope_isJudgedAlone_atJustBelowAndJustAboveItsMilestone() throws IOException {
    Report report = evaluate("2024-12-31", "Pudong:25000000000", "Minhang:24999999999.99", "Xuhui:25000000000.01");
    assertThat(report.results("MVD-DISTRICT-SCALE")).extracting(GoalResult::label, GoalResult::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("MVD-DISTRICT-SCALE[Pudong]", Status.MET),
        org.assertj.core.groups.Tuple.tuple("MVD-DISTRICT-SCALE[Minhang]", Status.MISSED),
        org.assertj.core.groups.Tuple.tuple("MVD-DISTRICT-SCALE[Xuhui]", Status.MET),
        org.assertj.core.groups.Tuple.tuple("MVD-DISTRICT-SCALE[Jing'an]", Status.UNKNOWN),
        org.assertj.core.groups.Tuple.tuple("MVD-DISTRICT-SCALE[Huangpu]", Status.UNKNOWN));
    GoalResult minhang = report.goal("MVD-DISTRICT-SCALE", "Minhang").orElseThrow();
    assertThat(minhang.gap()).isEqualByComparingTo("0.01");
    assertThat(minhang.evidence().count()).as("only Minhang's enterprises count").isEqualTo(1);
    assertThat(report.goal("MVD-DISTRICT-SCALE", "Huangpu").orElseThrow().reason())
        .isEqualTo("rule \"MVD-DISTRICT-SCALE metaverse scale in each district\" produced no result for scope "
            + "Huangpu in this fact set");
  }

  @Test
  void leadersPerDistrict_atJustBelowAndAboveTwo_onTheDeadline() throws IOException {
    Report report = evaluate("2025-12-31", "Pudong:1:L", "Pudong:1:L", "Minhang:1:L", "Xuhui:1:L", "Xuhui:1:L",
        "Xuhui:1:L", "Jing'an:1");
    assertThat(report.results("MVD-DISTRICT-LEADERS")).extracting(GoalResult::status).containsExactly(
        Status.MET, Status.MISSED, Status.MET, Status.MISSED, Status.UNKNOWN);
  }

  @Test
  void json_namesEachResultsScope_andTheTargetDateItWasJudgedBy() throws IOException {
    String json = evaluate("2024-12-31", "Pudong:25000000000").toJson();
    assertThat(json).contains("\"scope\": \"Pudong\"").contains("\"scope\": null")
        .contains("\"targetDate\": \"2024-12-31\"").contains("\"pending\": ");
  }

  @Test
  void recordingAScopeTheGoalDoesNotList_isAnError() throws IOException {
    Path rules = copyOfPlan();
    RuleFolders.edit(rules.resolve("metaverse-districts.drl"), "@scopes(\"" + DISTRICTS + "\")",
        "@scopes(\"Pudong, Minhang, Xuhui, Jing'an\")");
    Evaluator plan = Evaluator.fromRules(rules);
    Path folder = Files.createDirectories(dir.resolve("one"));
    Files.writeString(folder.resolve("enterprises.csv"), "id,name,district,revenue,leader\nE1,,Huangpu,1,false\n");
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> plan.evaluate(plan.read(folder)));
    assertThat(e.getMessage()).contains("recorded goal MVD-DISTRICT-SCALE for scope Huangpu, which its @scopes does "
        + "not list (Pudong, Minhang, Xuhui, Jing'an)");
  }

  @Test
  void aScopedGoalRecordedWithoutScope_andAnUnscopedOneWithAScope_areErrors() throws IOException {
    Path rules = copyOfPlan();
    Path file = rules.resolve("metaverse-districts.drl");
    RuleFolders.edit(file, "measurements.record(drools, $district, $scale, $counted);",
        "measurements.record(drools, $scale, $counted);");
    Path folder = Files.createDirectories(dir.resolve("two"));
    Files.writeString(folder.resolve("enterprises.csv"), "id,name,district,revenue,leader\nE1,,Pudong,1,false\n");
    Evaluator plan = Evaluator.fromRules(rules);
    assertThat(catchThrowableOfType(RuleEvaluationException.class, () -> plan.evaluate(plan.read(folder))).getMessage())
        .contains("goal MVD-DISTRICT-SCALE has @scopes; record it once per scope");
    Path other = copyOfPlan();
    RuleFolders.edit(other.resolve("metaverse-districts.drl"), "measurements.record(drools, $scale, $counted);",
        "measurements.record(drools, \"Pudong\", $scale, $counted);");
    Evaluator unscoped = Evaluator.fromRules(other);
    assertThat(catchThrowableOfType(RuleEvaluationException.class, () -> unscoped.evaluate(unscoped.read(folder)))
        .getMessage()).contains("recorded goal MVD-SCALE for scope Pudong, but the goal has no @scopes");
  }

  private Path copyOfPlan() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules" + ++sets));
    for (String name : List.of("metaverse-districts.drl", "metaverse-districts-facts.drl")) {
      Files.copy(PLAN.resolve(name), rules.resolve(name));
    }
    return rules;
  }

  @Test
  void aMilestonesTargetGivesTheProgress() throws IOException {
    GoalResult r = scale(evaluate("2024-12-31", "Pudong:65000000000"));
    assertThat(r.progress()).isEqualByComparingTo(new BigDecimal("0.5"));
  }
}
