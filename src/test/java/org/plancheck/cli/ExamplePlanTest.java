package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The invented biomedicine plan in examples/: its kinds, words and goals live in its own rules
 * folder, and it is checked, evaluated, tested and explained with files only.
 */
class ExamplePlanTest {
  private static final String RULES = "examples/biomedicine/rules";
  private static final String SETS = "examples/biomedicine/fact-sets";

  @Test
  void check_findsTheDeclaredKindsAndGoals_withoutAProblem() {
    CliHarness.Run run = CliHarness.run("check", "--rules", RULES, "--no-cache");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
  }

  @Test
  void test_runsEveryCaseOfThePlan() {
    CliHarness.Run run = CliHarness.run("test", "--rules", RULES, "--no-cache", SETS);
    assertThat(run.out()).endsWith("3 passed, 0 failed\n");
    assertThat(run.code()).isZero();
  }

  @Test
  void explain_namesTheApprovalsThatCounted_byTheAsOfDate() {
    CliHarness.Run run = CliHarness.run("explain", "--rules", RULES, "--no-cache", "BIO-INNOVATIVE-APPROVALS",
        SETS + "/city-2026");
    assertThat(run.out()).contains("Status: PENDING").contains("counted 7 drugapprovals".replace("drugapprovals", "drug-approvals"))
        .contains("A09").doesNotContain("A10");
  }

  @Test
  void aReferenceToAFirmTheRegisterLacks_isALocatedError() {
    CliHarness.Run run = CliHarness.run("evaluate", "--rules", RULES, "--no-cache", SETS + "/unknown-firm-in-approvals");
    assertThat(run.err()).endsWith("drug-approvals.csv:3: firm: no firm 'B099' in firms.csv\n");
    assertThat(run.code()).isEqualTo(2);
  }
}
