package org.plancheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.rules.RuleHarness.cluster;
import static org.plancheck.rules.RuleHarness.enterprise;
import static org.plancheck.rules.RuleHarness.goal;
import static org.plancheck.rules.RuleHarness.times;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plancheck.testing.Shanghai.Fact;
import org.plancheck.GoalResult;
import org.plancheck.testing.Shanghai.Park;
import org.plancheck.Status;

/** rules/green-low-carbon.drl at, just below and just above each threshold. */
class GreenLowCarbonRulesTest {
  private static final String GLC = "green-low-carbon";

  @ParameterizedTest(name = "scale {0} -> {1}")
  @CsvSource({"499999999999.99, MISSED", "500000000000, MISSED", "500000000000.01, MET"})
  void scaleMustExceed500Billion_exactlyTargetIsMissed(String scale, Status expected) {
    GoalResult r = goal("GLC-SCALE", List.of(enterprise(GLC, scale), enterprise("metaverse", "1 trillion")));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(scale);
  }

  @Test
  void scaleAtExactlyTarget_isMissedByOneFen_evenSummedFromFractions() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      facts.add(enterprise(GLC, i % 2 == 0 ? "500000000.1" : "499999999.9"));
    }
    GoalResult r = goal("GLC-SCALE", facts);
    assertThat(r.actual()).isEqualByComparingTo("500000000000");
    assertThat(r.status()).isEqualTo(Status.MISSED);
    assertThat(r.gap()).isEqualByComparingTo("0.01");
  }

  @ParameterizedTest(name = "{0} clusters of 100 billion or more -> {1}")
  @CsvSource({"1, MISSED", "2, MET", "3, MET"})
  void hundredBillionClusters_quotaOfTwo(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> cluster(GLC, "100000000000")));
    facts.add(cluster(GLC, "99999999999.99"));
    facts.add(cluster("metaverse", "500 billion"));
    assertThat(goal("GLC-CLUSTERS-100B", facts).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} clusters of 10 to 100 billion -> {1}")
  @CsvSource({"4, MISSED", "5, MET", "6, MET"})
  void tensOfBillionsClusters_quotaOfFive_bandExcludesItsUpperEdge(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> cluster(GLC, "10000000000")));
    facts.add(cluster(GLC, "100000000000"));
    facts.add(cluster(GLC, "9999999999.99"));
    GoalResult r = goal("GLC-CLUSTERS-10B", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @ParameterizedTest(name = "{0} clusters of 1 to 10 billion -> {1}")
  @CsvSource({"1, MISSED", "2, MET", "3, MET"})
  void billionsClusters_quotaOfTwo_bandExcludesItsUpperEdge(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> cluster(GLC, "1000000000")));
    facts.add(cluster(GLC, "10000000000"));
    facts.add(cluster(GLC, "999999999.99"));
    assertThat(goal("GLC-CLUSTERS-1B", facts).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} enterprises designated {0} -> {2}")
  @CsvSource({
    "GLC-LEADERS, leader, 9, MISSED", "GLC-LEADERS, leader, 10, MET", "GLC-LEADERS, leader, 11, MET",
    "GLC-CORE, core, 99, MISSED", "GLC-CORE, core, 100, MET", "GLC-CORE, core, 101, MET",
    "GLC-FEATURED, featured, 999, MISSED", "GLC-FEATURED, featured, 1000, MET",
    "GLC-FEATURED, featured, 1001, MET"
  })
  void designationQuotas_countOnlyGreenEnterprisesWithTheDesignation(
      String goal, String designation, int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> enterprise(GLC, "1", designation)));
    facts.add(enterprise("metaverse", "1", designation));
    facts.add(enterprise(GLC, "1", "specialist"));
    GoalResult r = goal(goal, facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @ParameterizedTest(name = "parks in {0} of 5 fields -> {1}")
  @CsvSource({"4, MISSED", "5, MET"})
  void parks_everyOneOfTheFiveFieldsNeedsAPark(int fields, Status expected) {
    String[] all = {"hydrogen-energy", "high-end-energy-equipment", "low-carbon-metallurgy",
        "green-materials", "energy-conservation-environmental-protection"};
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < fields; i++) {
      facts.add(new Park(RuleHarness.nextId(), "", GLC, all[i]));
      facts.add(new Park(RuleHarness.nextId(), "", GLC, all[i]));
    }
    facts.add(new Park(RuleHarness.nextId(), "", "metaverse", all[4]));
    GoalResult r = goal("GLC-PARKS", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(fields));
    assertThat(r.evidence().count()).isEqualTo(2L * fields);
  }
}
