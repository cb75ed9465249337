package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.Shanghai.Enterprise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrajectoriesTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));
  private static final LocalDate START = LocalDate.of(2022, 6, 30);
  private static final LocalDate LATEST = LocalDate.of(2025, 6, 30);

  @ParameterizedTest(name = "ratio {0} -> {1}")
  @CsvSource({
    "1.5, ON_TRACK", "0.95, ON_TRACK", "0.9499999, NEEDS_ACCELERATION", "0.6, NEEDS_ACCELERATION",
    "0.5999999, LIMITED_PROGRESS", "0, LIMITED_PROGRESS", "-0.0000001, DETERIORATING", "-3, DETERIORATING"
  })
  void ofRatio_classesAtTheirBoundaries(double ratio, TrajectoryClass expected) {
    assertThat(TrajectoryClass.ofRatio(ratio)).isEqualTo(expected);
  }

  private static Report green(LocalDate asOf, String region, String revenue) {
    FactSet facts = Shanghai.register(new FactSetInfo("g" + asOf, asOf, region))
        .add(new Enterprise("G", "", "green-low-carbon", "", new BigDecimal(revenue), Set.of(), false)).factSet();
    return RULES.evaluate(facts);
  }

  private static Trajectory glcScale(List<Report> reports) {
    return Trajectories.of(reports).stream().filter(t -> t.goal().equals("GLC-SCALE")).findFirst().orElse(null);
  }

  @Test
  void growth_isCompoundFromTheFirstPoint_againstTheGrowthNeededByTheDeadline() {
    Trajectory t = glcScale(List.of(green(START, "R", "300e9"), green(LATEST, "R", "480e9")));
    assertThat(t.trajectory()).isEqualTo(TrajectoryClass.ON_TRACK);
    assertThat(t.points()).isEqualTo(2);
    double years = (LATEST.toEpochDay() - START.toEpochDay()) / 365.25;
    double toDeadline = (LocalDate.of(2025, 12, 31).toEpochDay() - START.toEpochDay()) / 365.25;
    assertThat(t.observedGrowth().doubleValue()).isCloseTo(Math.pow(1.6, 1 / years) - 1, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(t.neededGrowth().doubleValue()).isCloseTo(Math.pow(500.0 / 300, 1 / toDeadline) - 1, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void latestValueJustAboveOrBelowTheAccelerationBoundary_isClassedAccordingly() {
    double toDeadline = (LocalDate.of(2025, 12, 31).toEpochDay() - START.toEpochDay()) / 365.25;
    double years = (LATEST.toEpochDay() - START.toEpochDay()) / 365.25;
    double needed = Math.pow(500.0 / 300, 1 / toDeadline) - 1;
    for (double ratio : new double[] {0.59, 0.61, 0.94, 0.96}) {
      double latest = 300e9 * Math.pow(1 + ratio * needed, years);
      Trajectory t = glcScale(List.of(green(START, "R", "300e9"),
          green(LATEST, "R", new BigDecimal(latest).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString())));
      assertThat(t.trajectory()).as("ratio " + ratio).isEqualTo(TrajectoryClass.ofRatio(ratio));
    }
  }

  @Test
  void fallingValue_isDeteriorating_andOnePoint_isInsufficientData() {
    assertThat(glcScale(List.of(green(START, "R", "300e9"), green(LATEST, "R", "290e9"))).trajectory())
        .isEqualTo(TrajectoryClass.DETERIORATING);
    Trajectory single = glcScale(List.of(green(LATEST, "R", "290e9")));
    assertThat(single.trajectory()).isEqualTo(TrajectoryClass.INSUFFICIENT_DATA);
    assertThat(single.ratio()).isNull();
  }

  @Test
  void metGoals_pastDeadlines_undatedReports_andOtherRegions_haveNoTrajectory() {
    assertThat(glcScale(List.of(green(START, "R", "300e9"), green(LATEST, "R", "501e9")))).isNull();
    assertThat(glcScale(List.of(green(START, "R", "300e9"), green(LocalDate.of(2025, 12, 31), "R", "400e9")))).isNull();
    assertThat(glcScale(List.of(green(START, "A", "300e9"), green(LATEST, "B", "480e9"))).points()).isEqualTo(1);
    List<Report> undated = new ArrayList<>(List.of(RULES.evaluate(Shanghai.register("x")
        .add(new Enterprise("G", "", "green-low-carbon", "", BigDecimal.ONE, Set.of(), false)).factSet())));
    assertThat(Trajectories.of(undated)).isEmpty();
  }

  @Test
  void fromZero_usesPlainAnnualChange() {
    Trajectory t = glcScale(List.of(green(START, "R", "0"), green(LATEST, "R", "100e9")));
    double years = (LATEST.toEpochDay() - START.toEpochDay()) / 365.25;
    assertThat(t.observedGrowth().doubleValue()).isCloseTo(100e9 / years, org.assertj.core.data.Offset.offset(1e8));
    assertThat(t.trajectory()).isEqualTo(TrajectoryClass.LIMITED_PROGRESS);
  }
}
