package org.plancheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plancheck.report.BatchRow;

/** The Parquet report's amounts, and the format where Spark's libraries are absent. */
class ParquetTableTest {
  @Test
  void amounts_areTheirUnscaledValueAtScale18_signExtendedTo16Bytes() {
    assertThat(value(ParquetTable.unscaled("actual", new BigDecimal("1234.5"), ParquetTable.SCALE)))
        .isEqualByComparingTo(new BigDecimal("1234.500000000000000000"));
    assertThat(value(ParquetTable.unscaled("gap", new BigDecimal("-80000000000"), ParquetTable.SCALE))).isEqualByComparingTo(new BigDecimal("-80000000000"));
    assertThat(ParquetTable.unscaled("gap", new BigDecimal("-1"), ParquetTable.SCALE)[0]).isEqualTo((byte) -1);
    assertThat(ParquetTable.unscaled("gap", BigDecimal.ONE, ParquetTable.SCALE)[0]).isZero();
  }

  @Test
  void moreThan18Decimals_roundHalfEven() {
    assertThat(value(ParquetTable.unscaled("progress", new BigDecimal("0.1234567890123456785"), ParquetTable.SCALE)))
        .isEqualByComparingTo(new BigDecimal("0.123456789012345678"));
    assertThat(value(ParquetTable.unscaled("progress", new BigDecimal("0.1234567890123456775"), ParquetTable.SCALE)))
        .isEqualByComparingTo(new BigDecimal("0.123456789012345678"));
  }

  @Test
  void aFigureOf25DigitsBeforeThePoint_takesDecimalsFromTheColumn_andOneOf39IsRefusedNamingItsField() {
    BatchRow big = new BatchRow("s", "s", null, null, "G", null, "MET", ">=", BigDecimal.ONE, null,
        new BigDecimal("1620000000000000000000000"), "yuan", null, new BigDecimal("0.5"), null, null);
    assertThat(ParquetTable.scale(List.of(big))).isEqualTo(13);
    assertThat(ParquetTable.write(List.of(big))).startsWith('P', 'A', 'R', '1');
    assertThat(value(ParquetTable.unscaled("actual", new BigDecimal("1620000000000000000000000"), 13), 13))
        .isEqualByComparingTo("1620000000000000000000000");
    String huge = "1" + "0".repeat(38);
    assertThatThrownBy(() -> ParquetTable.unscaled("actual", new BigDecimal(huge), 0))
        .hasMessage("actual " + huge + " has more than 38 digits before the point, more than the Parquet report's "
            + "decimal(38, 0) holds");
  }

  @Test
  void withoutSparkOnTheClassPath_theFormatLoadsAndSaysWhatItNeeds() throws Exception {
    Path classes = Path.of(ParquetFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Object format = loader.loadClass(ParquetFormat.class.getName()).getConstructor().newInstance();
      Optional<?> why = (Optional<?>) format.getClass().getMethod("unavailable").invoke(format);
      assertThat(why).hasValueSatisfying(text -> assertThat(text.toString()).contains("--engine spark"));
    }
    assertThat(new ParquetFormat().unavailable()).isEmpty();
    assertThat(new ParquetFormat().engine()).contains("spark");
  }

  private static BigDecimal value(byte[] bytes) {
    return value(bytes, ParquetTable.SCALE);
  }

  private static BigDecimal value(byte[] bytes, int scale) {
    assertThat(bytes).hasSize(16);
    return new BigDecimal(new BigInteger(bytes), scale);
  }
}
