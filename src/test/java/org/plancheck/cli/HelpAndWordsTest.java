package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import org.junit.jupiter.api.Test;

/** Each command's --help lists its own exit codes; counts and units take the right number. */
class HelpAndWordsTest {
  @Test
  void everySubcommandsHelp_listsItsOwnExitCodes() {
    for (String command : new String[] {"evaluate", "check", "goals", "test", "explain", "batch", "diff", "generate"}) {
      CliHarness.Run run = run(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Exit codes:", "3   an unexpected internal error");
    }
    assertThat(run("check", "--help").out()).contains("0   no errors in the rules (warnings allowed)")
        .doesNotContain("every goal MET").doesNotContain("1   ");
    assertThat(run("diff", "--help").out()).contains("1   some goal that was MET no longer is");
    assertThat(run("test", "--help").out()).contains("1   some case failed");
    assertThat(run("batch", "--help").out()).contains("2   some fact set is ERROR, no fact set was found");
    assertThat(run("explain", "--help").out()).contains("0   the goal is MET");
  }

  @Test
  void explain_countsFactoriesInPlainEnglish() {
    assertThat(run("explain", "IT-SMART-FACTORIES", "fixtures/shanghai-2025").out())
        .contains("counted 214 factories;").doesNotContain("factorys");
  }
}
