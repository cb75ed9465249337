package org.plancheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.rules.RuleHarness.enterprise;
import static org.plancheck.rules.RuleHarness.goal;
import static org.plancheck.rules.RuleHarness.international;
import static org.plancheck.rules.RuleHarness.times;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plancheck.testing.Shanghai.Fact;
import org.plancheck.GoalResult;
import org.plancheck.testing.Shanghai.Product;
import org.plancheck.testing.Shanghai.Scenario;
import org.plancheck.Status;

/** rules/metaverse.drl at, just below and just above each threshold. */
class MetaverseRulesTest {
  private static final String MV = "metaverse";

  @ParameterizedTest(name = "scale {0} -> {1}")
  @CsvSource({"349999999999.99, MISSED", "350000000000, MET", "350000000000.01, MET"})
  void scaleMustReach350Billion_exactlyTargetIsMet(String scale, Status expected) {
    GoalResult r = goal("MV-SCALE", List.of(enterprise(MV, scale), enterprise("intelligent-terminal", "1e11")));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(scale);
  }

  @ParameterizedTest(name = "{0} international leaders and chain-leaders -> {1}")
  @CsvSource({"9, MISSED", "10, MET", "11, MET"})
  void leaders_countLeadersOrChainLeadersThatAreInternational(int n, Status expected) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      facts.add(international(MV, i % 2 == 0 ? "leader" : "chain-leader"));
    }
    facts.add(enterprise(MV, "1", "leader"));
    facts.add(international(MV, "core"));
    facts.add(international("green-low-carbon", "leader"));
    GoalResult r = goal("MV-LEADERS", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @ParameterizedTest(name = "{0} specialists -> {1}")
  @CsvSource({"99, MISSED", "100, MET", "101, MET"})
  void specialists_quotaOfOneHundred(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> enterprise(MV, "1", "specialist")));
    facts.add(enterprise("intelligent-terminal", "1", "specialist"));
    assertThat(goal("MV-SPECIALISTS", facts).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} scenarios -> {1}")
  @CsvSource({"49, MISSED", "50, MET", "51, MET"})
  void scenarios_fiftyPlusCountsFiftyItself(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> new Scenario(RuleHarness.nextId(), "", MV)));
    facts.add(new Scenario(RuleHarness.nextId(), "", "green-low-carbon"));
    assertThat(goal("MV-SCENARIOS", facts).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} products -> {1}")
  @CsvSource({"99, MISSED", "100, MET", "101, MET"})
  void products_hundredPlusCountsHundredItself(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> new Product(RuleHarness.nextId(), "", MV)));
    facts.add(new Product(RuleHarness.nextId(), "", "intelligent-terminal"));
    GoalResult r = goal("MV-PRODUCTS", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.gap()).isEqualByComparingTo(BigDecimal.valueOf(Math.max(0, 100 - n)));
  }
}
