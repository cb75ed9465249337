package org.plancheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.rules.RuleHarness.enterprise;
import static org.plancheck.rules.RuleHarness.goal;
import static org.plancheck.rules.RuleHarness.inSegment;
import static org.plancheck.rules.RuleHarness.times;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plancheck.testing.Shanghai.Fact;
import org.plancheck.GoalResult;
import org.plancheck.Status;

/** rules/intelligent-terminal.drl at, just below and just above each threshold. */
class IntelligentTerminalRulesTest {
  private static final String IT = "intelligent-terminal";

  @ParameterizedTest(name = "scale {0} -> {1}")
  @CsvSource({"699999999999.99, MISSED", "700000000000, MISSED", "700000000000.01, MET"})
  void scaleMustExceed700Billion_exactlyTargetIsMissed(String scale, Status expected) {
    GoalResult r = goal("IT-SCALE", List.of(enterprise(IT, scale), enterprise("metaverse", "1e12")));
    assertThat(r.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} firms at exactly 100 billion -> {1}")
  @CsvSource({"1, MISSED", "2, MET", "3, MET"})
  void hundredBillionFirms_quotaOfTwo_edgeCountsInTopBandOnly(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> enterprise(IT, "100000000000")));
    facts.add(enterprise(IT, "99999999999.99"));
    assertThat(goal("IT-REVENUE-100B", facts).status()).isEqualTo(expected);
    GoalResult tens = goal("IT-REVENUE-10B", facts);
    assertThat(tens.actual()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @ParameterizedTest(name = "{0} firms at exactly 10 billion -> {1}")
  @CsvSource({"4, MISSED", "5, MET", "6, MET"})
  void tensOfBillionsFirms_quotaOfFive(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> enterprise(IT, "10000000000")));
    facts.add(enterprise(IT, "9999999999.99"));
    facts.add(enterprise(IT, "100000000000"));
    facts.add(enterprise("metaverse", "20000000000"));
    assertThat(goal("IT-REVENUE-10B", facts).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} firms at exactly 1 billion -> {1}")
  @CsvSource({"19, MISSED", "20, MET", "21, MET"})
  void billionsFirms_quotaOfTwenty(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> enterprise(IT, "1000000000")));
    facts.add(enterprise(IT, "999999999.99"));
    facts.add(enterprise(IT, "10000000000"));
    GoalResult r = goal("IT-REVENUE-1B", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @ParameterizedTest(name = "{0} of 5 segments covered -> {1}")
  @CsvSource({"4, MISSED", "5, MET"})
  void segments_everyOneOfTheFiveNeedsAnEnterprise(int covered, Status expected) {
    String[] all = {"intelligent-connected-vehicles", "intelligent-robots", "virtual-reality",
        "smart-home", "smart-wearables"};
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < covered; i++) {
      facts.add(inSegment(all[i]));
      facts.add(inSegment(all[i]));
    }
    facts.add(enterprise(IT, "1"));
    GoalResult r = goal("IT-SEGMENTS", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(covered));
  }
}
