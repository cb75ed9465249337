package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {
  @ParameterizedTest(name = "{1} {0} 10 -> {2}")
  @CsvSource({
    ">, 10, false", ">, 10.01, true", ">, 9.99, false",
    ">=, 10, true", ">=, 9.99, false", ">=, 10.01, true",
    "<, 10, false", "<, 9.99, true", "<, 10.01, false",
    "<=, 10, true", "<=, 9.99, true", "<=, 10.01, false",
    "=, 10.00, true", "=, 9.99, false", "=, 10.01, false"
  })
  void holds_comparesByValueAtAroundAndAcrossTheTarget(String symbol, String actual, boolean holds) {
    Comparison c = Comparison.ofSymbol(symbol).orElseThrow();
    assertThat(c.holds(new BigDecimal(actual), BigDecimal.TEN)).isEqualTo(holds);
  }

  @Test
  void gap_isZeroWhenMet_differenceForInclusive_differencePlusStepForStrict() {
    BigDecimal fen = new BigDecimal("0.01");
    assertThat(Comparison.AT_LEAST.gap(new BigDecimal("7"), BigDecimal.TEN, BigDecimal.ONE)).isEqualByComparingTo("3");
    assertThat(Comparison.GREATER.gap(BigDecimal.TEN, BigDecimal.TEN, fen)).isEqualByComparingTo("0.01");
    assertThat(Comparison.GREATER.gap(new BigDecimal("11"), BigDecimal.TEN, fen)).isEqualByComparingTo("0");
    assertThat(Comparison.LESS.gap(new BigDecimal("12"), BigDecimal.TEN, BigDecimal.ONE)).isEqualByComparingTo("3");
    assertThat(Comparison.EQUAL.gap(new BigDecimal("8"), BigDecimal.TEN, BigDecimal.ONE)).isEqualByComparingTo("2");
  }

  @Test
  void ofSymbol_knowsOnlyTheFiveComparators() {
    assertThat(Comparison.ofSymbol("=>")).isEmpty();
    assertThat(Comparison.ofSymbol(">=")).contains(Comparison.AT_LEAST);
  }

  @Test
  void strictGapWithoutAStep_isExclusive_otherGapsAreNot() {
    assertThat(Comparison.GREATER.gapIsExclusive(BigDecimal.ZERO)).isTrue();
    assertThat(Comparison.LESS.gapIsExclusive(BigDecimal.ZERO)).isTrue();
    assertThat(Comparison.GREATER.gapIsExclusive(BigDecimal.ONE)).isFalse();
    assertThat(Comparison.AT_LEAST.gapIsExclusive(BigDecimal.ZERO)).isFalse();
  }
}
