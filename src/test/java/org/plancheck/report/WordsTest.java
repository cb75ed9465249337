package org.plancheck.report;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
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

}
