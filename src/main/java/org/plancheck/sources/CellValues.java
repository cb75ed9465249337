package org.plancheck.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;

/**
 * Reads one cell's text as its field's type (an amount, a number, a whole number in range, a
 * date, a boolean, plain text for ids and words), refusing it at the row's place with the
 * sentence every source shares.
 */
final class CellValues {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Up to 19 digits, as many as a long holds; parsing tells which of them fit.
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
  private static final long MAX_WHOLE = Amounts.MAX.longValueExact();

  private CellValues() {}

  /**
   * Rejects ids and words with control or invisible characters: "E1" and "E1" followed by a
   * zero-width space look alike in every report yet would count as two enterprises.
   */
  static String plainText(Row row, String field, String text) {
    int at = unplain(text);
    if (at >= 0) {
      throw row.error(field, String.format("the value contains the invisible or control character U+%04X;"
          + " ids and words must be plain text", (int) text.charAt(at)));
    }
    return text;
  }

  /** Returns the index of the first control or invisible character of {@code text}, or -1. */
  static int unplain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        // Printable ASCII, nearly every character of an id or a word: nothing to look up.
        continue;
      }
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || c == '\u00a0' || c == '\ufeff'
          || type == Character.SURROGATE || type == Character.UNASSIGNED) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns {@code text} as whole yuan when it is digits alone, at most {@link Amounts#MAX}:
   * what {@link Amounts#parse} reads as a BigDecimal of scale 0 with that value. Returns -1 for
   * any other text, which {@link #amount} reads (or refuses).
   */
  static long wholeAmount(String text) {
    int n = text.length();
    // 16 digits reach 10^15, the largest amount.
    if (n == 0 || n > 16) {
      return -1;
    }
    long yuan = 0;
    for (int i = 0; i < n; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      yuan = yuan * 10 + digit;
    }
    return yuan <= MAX_WHOLE ? yuan : -1;
  }

  /** Returns a number value (a BigDecimal, Integer or Long, or null) as a BigDecimal. */
  static BigDecimal decimal(Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    return BigDecimal.valueOf(((Number) value).longValue());
  }

  static BigDecimal amount(Row row, String field, String text) {
    try {
      return Amounts.parse(text);
    } catch (AmountFormatException e) {
      throw row.error(field, e.getMessage());
    }
  }

  /** A plain number, negative ones included, or a non-negative one written with a multiplier. */
  static BigDecimal number(Row row, String field, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      try {
        return Amounts.parse(text);
      } catch (AmountFormatException notAmount) {
        throw row.error(field, "expected a number, got '" + text + "'");
      }
    }
  }

  static long whole(Row row, String field, String text, long min, long max) {
    if (INTEGER.matcher(text).matches()) {
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException beyondALong) {
        // Said below, with the range.
      }
    }
    throw row.error(field, "expected a whole number between " + min + " and " + max + ", got '" + text + "'");
  }

  static LocalDate date(Row row, String field, String text) {
    try {
      if (!DATE.matcher(text).matches()) {
        throw new DateTimeParseException("four-digit year expected", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error(field, "expected a date like 2024-06-30, got '" + text + "'");
    }
  }

  static boolean bool(Row row, String field, String text) {
    // Written in lower case nearly always: an exact comparison first.
    if (text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw row.error(field, "expected true or false (blank means false), got '" + text + "'");
  }
}
