package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {
  @ParameterizedTest(name = "{0} yuan is in {1} only")
  @CsvSource({
    "150000000000, HUNDREDS_OF_BILLIONS",
    "100000000000, HUNDREDS_OF_BILLIONS",
    "99999999999.99, TENS_OF_BILLIONS",
    "10000000000, TENS_OF_BILLIONS",
    "9999999999.99, BILLIONS",
    "1000000000, BILLIONS"
  })
  void contains_bandsAreExclusive_lowerEdgeIncluded(String amount, Band band) {
    for (Band b : Band.values()) {
      assertThat(b.contains(new BigDecimal(amount))).as(b.name()).isEqualTo(b == band);
    }
  }

  @ParameterizedTest
  @CsvSource({"999999999.99", "0"})
  void contains_amountsUnderOneBillionAreInNoBand(String amount) {
    for (Band b : Band.values()) {
      assertThat(b.contains(new BigDecimal(amount))).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({"150000000000, true", "10000000000, true", "9999999999.99, false"})
  void reaches_isTheInclusiveReading(String amount, boolean reaches) {
    assertThat(Band.TENS_OF_BILLIONS.reaches(new BigDecimal(amount))).isEqualTo(reaches);
  }
}
