package org.plancheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.plancheck.rules.RuleHarness.goal;
import static org.plancheck.rules.RuleHarness.times;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plancheck.Amounts;
import org.plancheck.testing.Shanghai.Enterprise;
import org.plancheck.testing.Shanghai.Fact;
import org.plancheck.testing.Shanghai.Factory;
import org.plancheck.FactFormatException;
import org.plancheck.GoalResult;
import org.plancheck.testing.Shanghai.Indicator;
import org.plancheck.testing.Shanghai.Product;
import org.plancheck.testing.Shanghai.Scenario;
import org.plancheck.Status;

/**
 * rules/metaverse-full-plan.drl and rules/intelligent-terminal-full-plan.drl at, just below
 * and just above each threshold.
 */
class FullPlanRulesTest {
  private static final String IT = "intelligent-terminal";

  private static Indicator indicator(String industry, String name, String value) {
    return new Indicator(RuleHarness.nextId(), "", industry, name, Amounts.parse(value));
  }

  private static Enterprise inSegment(String segment, String revenue) {
    return new Enterprise(RuleHarness.nextId(), "", IT, segment, Amounts.parse(revenue), Set.of(), false);
  }

  @ParameterizedTest(name = "{0} = {2} -> {3}")
  @CsvSource({
    "MV-SOFTWARE-SCALE, software-information-services-scale, 1499999999999.99, MISSED",
    "MV-SOFTWARE-SCALE, software-information-services-scale, 1500000000000, MISSED",
    "MV-SOFTWARE-SCALE, software-information-services-scale, 1500000000000.01, MET",
    "MV-ELECTRONICS-SCALE, electronic-information-manufacturing-scale, 549999999999.99, MISSED",
    "MV-ELECTRONICS-SCALE, electronic-information-manufacturing-scale, 550000000000, MISSED",
    "MV-ELECTRONICS-SCALE, electronic-information-manufacturing-scale, 550000000000.01, MET"
  })
  void metaverseSectorScales_mustExceedTheirTargets(String goal, String indicator, String value, Status expected) {
    GoalResult r = goal(goal, List.of(indicator("metaverse", indicator, value), indicator(IT, indicator, "9e14")));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "share {0} -> {1}")
  @CsvSource({"99.99, MISSED", "100, MET"})
  void vehicleMakerSmartFactoryShare_mustBeExactly100Percent(String share, Status expected) {
    GoalResult r = goal("IT-VEHICLE-SMART-FACTORY-SHARE", List.of(indicator(IT, "vehicle-maker-smart-factory-share", share)));
    assertThat(r.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "share {0} -> {1}")
  @CsvSource({"49.99, MISSED", "50, MISSED", "50.01, MET"})
  void connectedCarShare_mustExceedHalf(String share, Status expected) {
    assertThat(goal("IT-ICV-CONNECTED-SHARE", List.of(indicator(IT, "new-car-advanced-connected-share", share))).status())
        .isEqualTo(expected);
  }

  @Test
  void missingIndicatorRow_leavesItsGoalUnknown() {
    GoalResult r = goal("MV-SOFTWARE-SCALE", List.of(indicator("metaverse", "electronic-information-manufacturing-scale", "1")));
    assertThat(r.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void vehicleMakerShareJustAbove100Percent_isNoShare_andRefusedAsInput() {
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> goal("IT-VEHICLE-SMART-FACTORY-SHARE",
        List.of(indicator(IT, "vehicle-maker-smart-factory-share", "100.01"))));
    assertThat(e.problem()).isEqualTo("100.01 is outside the range 0 to 100 (@range)");
  }

  @Test
  void aShareAbove100Percent_isRefused_whileScalesMayBeAnySize() {
    FactFormatException e = catchThrowableOfType(FactFormatException.class,
        () -> goal("IT-ICV-CONNECTED-SHARE", List.of(indicator(IT, "new-car-advanced-connected-share", "1000000"))));
    assertThat(e.problem()).isEqualTo("1000000 is outside the range 0 to 100 (@range)");
    assertThat(goal("MV-SOFTWARE-SCALE", List.of(indicator("metaverse", "software-information-services-scale", "2 trillion")))
        .status()).isEqualTo(Status.MET);
  }

  @Test
  void misspelledIndicatorName_isRefused_listingTheIndicatorsThePlansReport() {
    FactFormatException e = catchThrowableOfType(FactFormatException.class,
        () -> goal("MV-SOFTWARE-SCALE", List.of(indicator("metaverse", "software-information-service-scale", "1"))));
    assertThat(e.problem()).startsWith("unknown indicator 'software-information-service-scale'; expected one of");
  }

  @ParameterizedTest(name = "{0} smart factories since 2022 -> {1}")
  @CsvSource({"199, MISSED", "200, MET", "201, MET"})
  void smartFactories_countOnlySmartOnesOpenedSince2022(int n, Status expected) {
    List<Fact> facts = new ArrayList<>(times(n, () -> new Factory(RuleHarness.nextId(), "", IT, "", true, LocalDate.of(2022, 1, 1))));
    facts.add(new Factory(RuleHarness.nextId(), "", IT, "", true, LocalDate.of(2021, 12, 31)));
    facts.add(new Factory(RuleHarness.nextId(), "", IT, "", false, LocalDate.of(2024, 5, 1)));
    facts.add(new Factory(RuleHarness.nextId(), "", "metaverse", "", true, LocalDate.of(2024, 5, 1)));
    GoalResult r = goal("IT-SMART-FACTORIES", facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "IT-ICV-OUTPUT, 499999999999.99, MISSED", "IT-ICV-OUTPUT, 500000000000, MISSED",
    "IT-ICV-OUTPUT, 500000000000.01, MET",
    "IT-ROBOTS-SCALE, 9999999999.99, MISSED", "IT-ROBOTS-SCALE, 10000000000, MET",
    "IT-ROBOTS-SCALE, 10000000000.01, MET",
    "IT-CONSUMER-TERMINALS-SCALE, 99999999999.99, MISSED", "IT-CONSUMER-TERMINALS-SCALE, 100000000000, MET",
    "IT-CONSUMER-TERMINALS-SCALE, 100000000000.01, MET"
  })
  void segmentScales_sumTheirSegmentsRevenueOnly(String goal, String revenue, Status expected) {
    String segment = switch (goal) {
      case "IT-ICV-OUTPUT" -> "intelligent-connected-vehicles";
      case "IT-ROBOTS-SCALE" -> "intelligent-robots";
      default -> "smart-home";
    };
    List<Fact> facts = new ArrayList<>(List.of(inSegment(segment, revenue)));
    if (!goal.equals("IT-ICV-OUTPUT")) {
      facts.add(inSegment("intelligent-connected-vehicles", "1 trillion"));
    }
    if (!goal.equals("IT-ROBOTS-SCALE")) {
      facts.add(inSegment("intelligent-robots", "1 trillion"));
    }
    GoalResult r = goal(goal, facts);
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.actual()).isEqualByComparingTo(revenue);
  }

  @Test
  void consumerTerminals_countEveryOtherSegment_includingNone() {
    GoalResult r = goal("IT-CONSUMER-TERMINALS-SCALE", List.of(inSegment("smart-wearables", "40 billion"),
        inSegment("virtual-reality", "30 billion"), inSegment("", "30 billion")));
    assertThat(r.status()).isEqualTo(Status.MET);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    "IT-ICV-HIT-MODELS, 9, MISSED", "IT-ICV-HIT-MODELS, 10, MET", "IT-ICV-HIT-MODELS, 11, MET",
    "IT-TERMINAL-PRODUCTS, 99, MISSED", "IT-TERMINAL-PRODUCTS, 100, MET", "IT-TERMINAL-PRODUCTS, 101, MET",
    "IT-ICV-BENCHMARK-SCENARIOS, 9, MISSED", "IT-ICV-BENCHMARK-SCENARIOS, 10, MET",
    "IT-ICV-BENCHMARK-SCENARIOS, 11, MET"
  })
  void kindQuotas_countOnlyTheirKind(String goal, int n, Status expected) {
    List<Fact> facts = new ArrayList<>(switch (goal) {
      case "IT-ICV-HIT-MODELS" -> times(n, () -> new Product(RuleHarness.nextId(), "", IT, "hit-icv-model"));
      case "IT-TERMINAL-PRODUCTS" -> times(n, () -> new Product(RuleHarness.nextId(), "", IT, "terminal-product"));
      default -> times(n, () -> new Scenario(RuleHarness.nextId(), "", IT, "icv-benchmark"));
    });
    facts.add(new Product(RuleHarness.nextId(), "", IT, "other"));
    facts.add(new Scenario(RuleHarness.nextId(), "", IT, ""));
    facts.add(new Product(RuleHarness.nextId(), "", "metaverse", "hit-icv-model"));
    assertThat(goal(goal, facts).status()).isEqualTo(expected);
  }
}
