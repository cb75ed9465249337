package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plancheck.Amounts;

/** Whole yuan read as longs must be exactly what the BigDecimal reading gives, or left to it. */
class CellValuesTest {
  @Test
  void digitsUpToTheLargestAmount_areWholeYuan() {
    assertThat(CellValues.wholeAmount("0")).isZero();
    assertThat(CellValues.wholeAmount("007")).isEqualTo(7);
    assertThat(CellValues.wholeAmount("111297770000")).isEqualTo(111_297_770_000L);
    assertThat(CellValues.wholeAmount("1000000000000000")).isEqualTo(1_000_000_000_000_000L);
  }

  @Test
  void justAboveTheLargestAmount_isLeftToTheBigDecimalReading() {
    assertThat(CellValues.wholeAmount("1000000000000001")).isEqualTo(-1);
    assertThat(CellValues.wholeAmount("9999999999999999")).isEqualTo(-1);
  }

  @Test
  void anythingButDigits_isLeftToTheBigDecimalReading() {
    for (String text : new String[] {"", "5.0", "5.", ".5", "+5", "-5", "5e9", "50亿", "5 ", "1,000", "٥",
        "00000000000000001"}) {
      assertThat(CellValues.wholeAmount(text)).as(text).isEqualTo(-1);
    }
  }

  @Test
  void everyWholeAmount_isTheBigDecimalAmountsReads() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      int digits = 1 + random.nextInt(16);
      StringBuilder text = new StringBuilder();
      for (int d = 0; d < digits; d++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      String cell = text.toString();
      long whole = CellValues.wholeAmount(cell);
      if (new BigDecimal(cell).compareTo(Amounts.MAX) > 0) {
        assertThat(whole).as(cell).isEqualTo(-1);
      } else {
        // Equal with the scale, not only by value: sums and reports print the scale.
        assertThat(BigDecimal.valueOf(whole)).as(cell).isEqualTo(Amounts.parse(cell));
      }
    }
  }
}
