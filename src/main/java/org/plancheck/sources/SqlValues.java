package org.plancheck.sources;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FieldType;

/**
 * Turns the values of a database row into the text a CSV cell would hold, so that {@link
 * FactParsers} checks them exactly as it checks a file's and says the same sentence about the
 * same bad value. Works from the Java class the driver gives, not from vendor type names, so any
 * JDBC driver reads alike.
 */
final class SqlValues {
  private SqlValues() {}

  /**
   * Returns the cell for column {@code index} of {@code rows}' current row, read as {@code
   * field} needs it: an array or {@code ;}-separated text for a set of words, text otherwise.
   * Returns null for SQL NULL.
   */
  static Row.Cell cell(ResultSet rows, int index, FactField field) throws SQLException {
    Object value = rows.getObject(index);
    if (value == null) {
      return new Row.Cell(null, null, 0, 0);
    }
    if (value instanceof Array array) {
      try {
        List<String> items = new ArrayList<>();
        for (Object item : (Object[]) array.getArray()) {
          if (item != null) {
            items.add(text(item, field));
          }
        }
        return new Row.Cell(null, items, 0, 0);
      } finally {
        array.free();
      }
    }
    return new Row.Cell(text(value, field), null, 0, 0);
  }

  /** Returns the length of the longest text in {@code cell}: what the field-length limit bounds. */
  static int length(Row.Cell cell) {
    int longest = cell.text() == null ? 0 : cell.text().length();
    if (cell.items() != null) {
      for (String item : cell.items()) {
        longest = Math.max(longest, item.length());
      }
    }
    return longest;
  }

  /**
   * Returns one value as CSV text: numbers plain (whole when {@code field}, which may be null,
   * is an int or long and the number is), dates ISO, booleans true/false.
   */
  static String text(Object value, FactField field) {
    if (value instanceof BigDecimal number) {
      return whole(field) ? wholeText(number) : number.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // NaN and infinities stay words, which no number field accepts: the parser says so.
      return Double.isFinite(d) ? text(BigDecimal.valueOf(d), field) : String.valueOf(value);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof Timestamp timestamp) {
      return dateTime(timestamp.toLocalDateTime());
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime(dateTime);
    }
    if (value instanceof LocalDate || value instanceof String) {
      return value.toString();
    }
    // Anything else (a vendor object such as JSON or an interval) as the driver writes it.
    return value.toString();
  }

  /**
   * The field a column label reads: by exact name, or by the one name equal but for case, as a
   * column created without quotes comes back (PostgreSQL folds {@code registeredCapital} to
   * {@code registeredcapital}; a partitioned table's columns are read the same way).
   */
  static FactField field(FactKind kind, String label) {
    FactField exact = kind.field(label).filter(f -> !f.derived()).orElse(null);
    if (exact != null || kind.field(label).isPresent()) {
      return exact;
    }
    List<FactField> matches = kind.columns().stream().filter(f -> f.name().equalsIgnoreCase(label)).toList();
    return matches.size() == 1 ? matches.get(0) : null;
  }

  private static boolean whole(FactField field) {
    return field != null && (field.type() == FieldType.INT || field.type() == FieldType.LONG);
  }

  /** A whole number stored with decimals (numeric 12.00) is still whole: exact, so it fits. */
  private static String wholeText(BigDecimal number) {
    if (number.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : number.toPlainString();
  }

  /** A timestamp at midnight is the date a date column would have held; any other time stays. */
  private static String dateTime(LocalDateTime dateTime) {
    return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString();
  }
}
