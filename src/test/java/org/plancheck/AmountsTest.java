package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
  @ParameterizedTest(name = "{0} = {1} yuan")
  @CsvSource({
    "5000亿, 500000000000",
    "500 billion, 500000000000",
    "5e11, 500000000000",
    "5E+11, 500000000000",
    "1.5 trillion, 1500000000000",
    "1.5万亿, 1500000000000",
    "35210万, 352100000",
    "12.5 million, 12500000",
    "0.1, 0.1",
    "'  42  ', 42",
    "+7, 7",
    "1.2345亿, 123450000",
    "500 Billion, 500000000000",
    ".5, 0.5",
    "0, 0"
  })
  void parse_readsEveryNotationExactly(String text, String yuan) {
    assertThat(Amounts.parse(text)).isEqualByComparingTo(yuan);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "000", "0.0", "0.000000", "100", "189876430000", "1.50", "007.250",
      "123456789012345678", "12345678901234567.", "1000000000000000", "1000000000000001",
      "999999999999999.999999", "0.0000001", "0.1000000", "5000.", "1.000001", "99999999999999999"})
  void parse_plainNumbersAsTheGeneralPathReadsThem(String text) {
    // The short path for plain digits must give the very same value and scale, or refuse alike.
    Object general;
    try {
      BigDecimal yuan = Amounts.plain(new BigDecimal(text));
      general = yuan.compareTo(Amounts.MAX) > 0 || yuan.scale() > Amounts.MAX_DECIMALS ? "refused" : yuan;
    } catch (NumberFormatException e) {
      general = "refused";
    }
    Object parsed;
    try {
      parsed = Amounts.parse(text);
    } catch (AmountFormatException e) {
      parsed = "refused";
    }
    assertThat(parsed).isEqualTo(general);
  }

  @Test
  void parse_keepsFractionsExact() {
    assertThat(Amounts.parse("0.1").add(Amounts.parse("0.2"))).isEqualByComparingTo("0.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0", "-5亿", "-1e3"})
  void parse_rejectsNegativeAmounts_evenMinusZero(String text) {
    assertThatThrownBy(() -> Amounts.parse(text))
        .isInstanceOf(AmountFormatException.class)
        .hasMessageContaining("cannot be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "12x亿", "1,500", "NaN", "Infinity", "5 bn", "1e", "亿", "5 billion yuan"})
  void parse_rejectsWhatIsNotAnAmount_sayingWhatWasExpected(String text) {
    assertThatThrownBy(() -> Amounts.parse(text))
        .isInstanceOf(AmountFormatException.class)
        .hasMessageContaining("expected an amount such as");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "1e16", "2000 trillion"})
  void parse_rejectsAbsurdlyLargeAmounts(String text) {
    assertThatThrownBy(() -> Amounts.parse(text)).hasMessageContaining("exceeds the largest accepted amount");
  }

  @Test
  void parse_rejectsMoreThanSixDecimalPlacesOfAYuan() {
    assertThat(Amounts.parse("0.000001")).isEqualByComparingTo("0.000001");
    assertThatThrownBy(() -> Amounts.parse("1e-7")).hasMessageContaining("decimal places");
  }

  @Test
  void of_acceptsNumbersAsWritten_andRejectsNonFiniteDoubles() {
    assertThat(Amounts.of(5e11)).isEqualByComparingTo("500000000000");
    assertThat(Amounts.of(10)).isEqualByComparingTo("10");
    assertThatThrownBy(() -> Amounts.of(Double.NaN)).hasMessageContaining("finite");
  }
}
