package org.plancheck;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts of money written the way registers and plans write them, exactly.
 *
 * <p>An amount is a decimal number ({@code 1234.5}, {@code 5e11}) optionally followed by a
 * multiplier: {@code 万} (10^4), {@code 亿} (10^8), {@code 万亿} (10^12), {@code million},
 * {@code billion} or {@code trillion}. The result is in yuan and never rounded.
 */
public final class Amounts {
  /** The largest amount accepted, 10^15 yuan: beyond any economy, so surely a typo. */
  public static final BigDecimal MAX = new BigDecimal("1e15");

  /** The most decimal places a yuan amount may carry once its multiplier is applied. */
  public static final int MAX_DECIMALS = 6;

  private static final Pattern FORM =
      Pattern.compile("([+-]?)(\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d{1,4}))?\\s*(\\S*)");
  private static final Map<String, Integer> MULTIPLIERS =
      Map.of("", 0, "万", 4, "亿", 8, "万亿", 12, "million", 6, "billion", 9, "trillion", 12);

  private Amounts() {}

  /**
   * Returns {@code text} as yuan.
   *
   * @throws AmountFormatException with a sentence saying what was expected, when the text is
   *     not an amount, is negative, or is implausibly large or precise
   */
  public static BigDecimal parse(String text) {
    if (isPlainNumber(text)) {
      BigDecimal small = smallPlain(text);
      if (small != null) {
        return small;
      }
      // Most register cells are plain yuan: skip the pattern, which costs more than the number.
      return checked(new BigDecimal(text), text);
    }
    Matcher m = FORM.matcher(text.strip());
    Integer power = m.matches() ? MULTIPLIERS.get(m.group(4).toLowerCase(Locale.ROOT)) : null;
    if (power == null) {
      throw new AmountFormatException(String.valueOf(text),
          "expected an amount such as 1234.5, 5e11, 5000亿 or 500 billion, got '" + text + "'");
    }
    if (m.group(1).equals("-")) {
      throw new AmountFormatException(String.valueOf(text), "an amount cannot be negative, got '" + text + "'");
    }
    String exponent = m.group(3) == null ? "" : "e" + m.group(3);
    BigDecimal yuan = new BigDecimal(m.group(2) + exponent).scaleByPowerOfTen(power);
    return checked(yuan, text);
  }

  /**
   * Returns {@code number} as yuan, exactly as written (a JSON number, an annotation value).
   *
   * @throws AmountFormatException when the number is negative, not finite, or implausible
   */
  public static BigDecimal of(Number number) {
    String text = number.toString();
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        throw new AmountFormatException(String.valueOf(text), "expected a finite amount, got " + text);
      }
    }
    return parse(text);
  }

  /** Returns whether {@code text} is digits with at most one decimal point inside them. */
  private static boolean isPlainNumber(String text) {
    int n = text.length();
    if (n == 0 || n > 40 || text.charAt(0) == '.' || text.charAt(n - 1) == '.') {
      return false;
    }
    boolean point = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' && !point) {
        point = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a plain number of at most 18 characters (digits and at most one inner point, as {@link
   * #isPlainNumber} says) as {@link #checked} would, without parsing it into a BigDecimal first
   * and stripping it after: a register has millions of them. Null when it is longer, over the
   * largest amount or too precise, for {@link #checked} to say why.
   */
  private static BigDecimal smallPlain(String text) {
    int n = text.length();
    if (n > 18) {
      return null;
    }
    long unscaled = 0;
    int scale = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        scale = 0;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      }
    }
    scale = Math.max(scale, 0);
    // Trailing zeros after the point go, as plain() strips them; those before it stay.
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal yuan = BigDecimal.valueOf(unscaled, scale);
    return scale > MAX_DECIMALS || yuan.compareTo(MAX) > 0 ? null : yuan;
  }

  private static BigDecimal checked(BigDecimal yuan, String text) {
    if (yuan.compareTo(MAX) > 0) {
      throw new AmountFormatException(String.valueOf(text),
          "amount '" + text + "' exceeds the largest accepted amount, 10^15 yuan");
    }
    BigDecimal plain = plain(yuan);
    if (plain.scale() > MAX_DECIMALS) {
      throw new AmountFormatException(String.valueOf(text),
          "amount '" + text + "' has more than " + MAX_DECIMALS + " decimal places of a yuan");
    }
    return plain;
  }

  /**
   * Returns {@code value} without trailing zeros and never in exponent form: 5E+11 becomes
   * 500000000000 and 1.50 becomes 1.5, the same number written the way reports show it.
   */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
