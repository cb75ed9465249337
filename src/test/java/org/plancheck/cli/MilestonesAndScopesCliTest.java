package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plan with milestones and district scopes through the command line: its series
 * case passes `plancheck test`, PENDING does not fail a run, and every report shows goal x scope.
 */
class MilestonesAndScopesCliTest {
  private static final String RULES = "examples/metaverse-districts/rules";
  private static final String SERIES = "examples/metaverse-districts/fact-sets/series-2023-2025";

  @Test
  void test_passesTheSeriesCase_withItsSnapshotsAndTrajectories() {
    CliHarness.Run run = CliHarness.run("test", "--rules", RULES, "--no-cache", SERIES);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("1 passed, 0 failed\n");
    assertThat(run.code()).isZero();
  }

  @Test
  void test_failsWhenASnapshotExpectsAnotherStatus_namingTheSnapshotAndScope(@TempDir Path dir) throws IOException {
    Path copy = copySeries(dir);
    Path expected = copy.resolve("expected.json");
    Files.writeString(expected, Files.readString(expected).replace(
        "\"MVD-DISTRICT-SCALE[Huangpu]\": {\"status\": \"UNKNOWN\"}", "\"MVD-DISTRICT-SCALE[Huangpu]\": {\"status\": \"MET\"}"));
    CliHarness.Run run = CliHarness.run("test", "--rules", RULES, "--no-cache", copy.toString());
    assertThat(run.out()).contains("2024-12-31: MVD-DISTRICT-SCALE[Huangpu]").contains("MET").contains("UNKNOWN");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void evaluate_beforeAnyTargetIsDue_exitsZero_andTheTableShowsPendingByScope() {
    CliHarness.Run run = CliHarness.run("evaluate", "--rules", RULES, "--no-cache", SERIES + "/2023-06-30");
    assertThat(run.out()).contains("MVD-DISTRICT-SCALE[Jing'an]").contains("PENDING")
        .contains("five-districts-2023-06-30 (Five districts, as of 2023-06-30): 11 goals, 1 met, 0 missed, 10 pending, 0 unknown");
    assertThat(run.code()).isZero();
  }

  @Test
  void evaluate_whenAMilestoneIsMissed_exitsOne_andShowsTheMilestoneItWasJudgedBy() {
    CliHarness.Run run = CliHarness.run("evaluate", "--rules", RULES, "--no-cache", SERIES + "/2024-12-31");
    assertThat(run.out()).contains(">= 130 billion yuan by 2024-12-31")
        .contains("MVD-DISTRICT-SCALE[Huangpu] is UNKNOWN: rule \"MVD-DISTRICT-SCALE metaverse scale in each district\" "
            + "produced no result for scope Huangpu in this fact set");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void explain_aScopedGoal_explainsEachScope_orTheOneAskedFor() {
    CliHarness.Run all = CliHarness.run("explain", "--rules", RULES, "--no-cache", "MVD-DISTRICT-SCALE", SERIES + "/2025-06-30");
    assertThat(all.out()).contains("MVD-DISTRICT-SCALE[Pudong]: ").contains("MVD-DISTRICT-SCALE[Huangpu]: ")
        .contains("Its targets: 25 billion yuan by 2024-12-31, 40 billion yuan by 2025-12-31; the milestone of 2024-12-31 is the latest one due.");
    assertThat(all.code()).as("Xuhui and Jing'an missed their milestone").isEqualTo(1);
    CliHarness.Run one = CliHarness.run("explain", "--rules", RULES, "--no-cache", "--scope", "Huangpu",
        "MVD-DISTRICT-SCALE", SERIES + "/2025-06-30");
    assertThat(one.out()).startsWith("MVD-DISTRICT-SCALE[Huangpu]: ").doesNotContain("[Pudong]").contains("Status: MET");
    assertThat(one.code()).isZero();
    CliHarness.Run none = CliHarness.run("explain", "--rules", RULES, "--no-cache", "--scope", "Songjiang",
        "MVD-DISTRICT-SCALE", SERIES + "/2025-06-30");
    assertThat(none.err()).isEqualTo("goal MVD-DISTRICT-SCALE has no scope Songjiang; its scopes are Pudong, Minhang, "
        + "Xuhui, Jing'an, Huangpu\n");
    assertThat(none.code()).isEqualTo(2);
  }

  @Test
  void explain_aPendingGoal_saysItIsNotDueYet() {
    CliHarness.Run run = CliHarness.run("explain", "--rules", RULES, "--no-cache", "MVD-SCALE", SERIES + "/2023-06-30");
    assertThat(run.out()).contains("Status: PENDING.").contains("is still needed by 2025-12-31; it is not due yet.")
        .contains("none is due yet, so the final one is shown.");
    assertThat(run.code()).isZero();
  }

  @Test
  void batch_writesGoalByScope_inEveryReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("reports");
    CliHarness.Run run = CliHarness.run("batch", "--rules", RULES, "--no-cache", "--out", out.toString(), SERIES);
    assertThat(run.code()).isEqualTo(1);
    String csv = Files.readString(out.resolve("summary.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("factSet,source,asOf,region,goal,scope,status,"
        + "comparator,target,targetDate,actual,unit,gap,progress,trajectory,error");
    assertThat(csv).contains(",MVD-DISTRICT-SCALE,Xuhui,MISSED,>=,25000000000,2024-12-31,24900000000,")
        .contains(",MVD-SCALE,,PENDING,>=,200000000000,2025-12-31,74000000000,");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("name=\"MVD-DISTRICT-LEADERS[Jing'an]\"");
    assertThat(Files.readString(out.resolve("report.md"))).contains("| MVD-DISTRICT-SCALE[Xuhui] |")
        .contains("| Five districts | MVD-DISTRICT-SCALE[Xuhui] | NEEDS_ACCELERATION |");
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"scope\" : \"Xuhui\"")
        .contains("\"targetDate\" : \"2025-12-31\"");
  }

  private static Path copySeries(Path dir) throws IOException {
    Path copy = dir.resolve("series");
    try (var files = Files.walk(Path.of(SERIES))) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(Path.of(SERIES).relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }
}
