package org.plancheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Parquet report's amounts, and the format where Spark's libraries are absent. */
class ParquetTableTest {
  @Test
  void amounts_areTheirUnscaledValueAtScale18_signExtendedTo16Bytes() {
    assertThat(value(ParquetTable.unscaled("actual", new BigDecimal("1234.5"))))
        .isEqualByComparingTo(new BigDecimal("1234.500000000000000000"));
    assertThat(value(ParquetTable.unscaled("gap", new BigDecimal("-80000000000")))).isEqualByComparingTo(new BigDecimal("-80000000000"));
    assertThat(ParquetTable.unscaled("gap", new BigDecimal("-1"))[0]).isEqualTo((byte) -1);
    assertThat(ParquetTable.unscaled("gap", BigDecimal.ONE)[0]).isZero();
  }

  @Test
  void moreThan18Decimals_roundHalfEven() {
    assertThat(value(ParquetTable.unscaled("progress", new BigDecimal("0.1234567890123456785"))))
        .isEqualByComparingTo(new BigDecimal("0.123456789012345678"));
    assertThat(value(ParquetTable.unscaled("progress", new BigDecimal("0.1234567890123456775"))))
        .isEqualByComparingTo(new BigDecimal("0.123456789012345678"));
  }

  @Test
  void anAmountOf21DigitsBeforeThePoint_isRefusedNamingItsField() {
    assertThatThrownBy(() -> ParquetTable.unscaled("actual", new BigDecimal("123456789012345678901")))
        .hasMessage("actual 123456789012345678901 has more than 20 digits before the point, more than the Parquet "
            + "report's decimal(38, 18) holds");
    assertThat(value(ParquetTable.unscaled("actual", new BigDecimal("12345678901234567890.5"))))
        .isEqualByComparingTo(new BigDecimal("12345678901234567890.5"));
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
    assertThat(bytes).hasSize(16);
    return new BigDecimal(new BigInteger(bytes), ParquetTable.SCALE);
  }
}
