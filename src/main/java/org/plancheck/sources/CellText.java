package org.plancheck.sources;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/**
 * Turns a workbook cell into the text a CSV cell would hold, by the cell's own type, so that the
 * CSV parsers check it with the same words: numbers as plain decimals, booleans as {@code
 * true}/{@code false}, date cells as {@code 2025-12-31}, text as written (an amount such as
 * {@code 5000亿} stays text), a formula by its cached value. What has no CSV form (a date in a
 * number field, an error value, a formula never computed) is refused here.
 */
final class CellText {
  /** Excel keeps 15 significant digits; the 17 it may write hold binary noise (1754.0519999999999). */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);
  // Built-in date formats: 14-22 and 45-47 everywhere, 27-36 and 50-58 in East Asian Excel.
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36,
      50, 51, 52, 53, 54, 57, 58);
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
      "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
  // Quoted text, [colour] or [$-locale] sections and \-escaped characters name no date part.
  private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

  /** A problem with a cell, said where the cell is by the caller. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem, null, false, false);
    }
  }

  private CellText() {}

  /**
   * Returns the text of {@code cell} for {@code field} (null for a field the kind does not read,
   * such as a header), or null when the cell is empty.
   *
   * @throws Refused when the cell holds what the field cannot take in any form
   */
  static String of(Cell cell, FactField field) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getType();
    Object value = cell.getValue();
    if (type == CellType.ERROR) {
      throw new Refused("the cell holds the error " + value + "; give it a value or leave it empty");
    }
    if (type == CellType.FORMULA) {
      if (value == null) {
        throw new Refused("the formula =" + cell.getFormula() + " has no saved value; open the workbook in Excel"
            + " and save it, so that its formulas are computed");
      }
      if (value instanceof String text && ERRORS.contains(text)) {
        throw new Refused("the formula =" + cell.getFormula() + " gives the error " + text);
      }
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof BigDecimal number) {
      return number(cell, number, field);
    }
    return value == null ? null : value.toString();
  }

  private static String number(Cell cell, BigDecimal number, FactField field) {
    boolean date = isDateFormat(cell);
    FieldType type = field == null ? FieldType.TEXT : field.type();
    if (date && (type == FieldType.DATE || type == FieldType.TEXT)) {
      LocalDateTime at = cell.asDate();
      if (at.toLocalTime().toNanoOfDay() != 0) {
        throw new Refused("expected a date like 2024-06-30, got the date and time " + at);
      }
      return at.toLocalDate().toString();
    }
    String plain = plain(number);
    if (date) {
      throw new Refused("expected " + (type == FieldType.BOOLEAN ? "true or false" : "a number") + ", got a date"
          + " (the number " + plain + " formatted as a date); format the cell as a number");
    }
    if (type == FieldType.DATE) {
      throw new Refused("expected a date like 2024-06-30, got the number " + plain + "; format the cell as a date"
          + " or write the date as text");
    }
    return plain;
  }

  /** Returns {@code number} as Excel shows it at most: 15 significant digits, no exponent. */
  static String plain(BigDecimal number) {
    BigDecimal shown = number;
    if (shown.precision() > EXCEL_DIGITS.getPrecision()) {
      shown = shown.round(EXCEL_DIGITS).stripTrailingZeros();
    }
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return shown.toPlainString();
  }

  /** Returns whether the cell's number format shows a date: a built-in one, or one with y or d. */
  static boolean isDateFormat(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && DATE_FORMATS.contains(id)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
      return false;
    }
    String parts = LITERALS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
    return parts.indexOf('y') >= 0 || parts.indexOf('d') >= 0 || parts.contains("年") || parts.contains("日");
  }
}
