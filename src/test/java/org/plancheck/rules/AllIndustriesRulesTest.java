package org.plancheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.rules.RuleHarness.enterprise;
import static org.plancheck.rules.RuleHarness.goal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plancheck.GoalResult;
import org.plancheck.Status;

/** rules/all-industries.drl at, just below and just above its threshold. */
class AllIndustriesRulesTest {
  @ParameterizedTest(name = "metaverse share {0} -> {1}")
  @CsvSource({"349999999999.99, MISSED", "350000000000, MISSED", "350000000000.01, MET"})
  void combinedScaleMustExceed1point5Trillion_exactlyTargetIsMissed(String metaverse, Status expected) {
    GoalResult r = goal("ALL-SCALE", List.of(
        enterprise("green-low-carbon", "500 billion"),
        enterprise("metaverse", metaverse),
        enterprise("intelligent-terminal", "6500亿")));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.evidence().count()).isEqualTo(3);
    assertThat(r.evidence().sample()).hasSize(3);
  }
}
