package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.math.BigDecimal;
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
  void countsAndUnits_areSingularForOne_andRegularlyPluralOtherwise() {
    assertThat(Words.count(1, "goal")).isEqualTo("1 goal");
    assertThat(Words.count(0, "error")).isEqualTo("0 errors");
    assertThat(Words.count(59, "factory")).isEqualTo("59 factories");
    assertThat(Words.count(2, "day")).isEqualTo("2 days");
    assertThat(Words.count(3, "box")).isEqualTo("3 boxes");
    assertThat(Words.unit(BigDecimal.ONE, "districts")).isEqualTo("district");
    assertThat(Words.unit(new BigDecimal("1.00"), "factories")).isEqualTo("factory");
    assertThat(Words.unit(BigDecimal.TEN, "districts")).isEqualTo("districts");
    assertThat(Words.unit(BigDecimal.ONE, "percent")).isEqualTo("percent");
    assertThat(Words.unit(BigDecimal.ONE, "yuan")).isEqualTo("yuan");
    assertThat(Quantities.withUnit(BigDecimal.ONE, "enterprises", Lang.en)).isEqualTo("1 enterprise");
  }

  @Test
  void explain_countsFactoriesInPlainEnglish() {
    assertThat(run("explain", "IT-SMART-FACTORIES", "fixtures/shanghai-2025").out())
        .contains("counted 214 factories;").doesNotContain("factorys");
  }
}
