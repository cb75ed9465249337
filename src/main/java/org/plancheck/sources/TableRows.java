package org.plancheck.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.Limits;

/**
 * The rows of one kind in one fact set of a partitioned table, made into facts: the columns are
 * checked once, then each row's values are turned into the text a CSV cell would hold ({@link
 * SqlValues}) and parsed by {@link FactParsers}, so a bad value gets the sentence a CSV file
 * would get for it. A problem is placed by the table's partition folder, the kind and the row's
 * key, as the database reader places it: {@code ROOT/enterprises/region=Pudong/asOf=2025-12-31:
 * enterprises[E017]: revenue: ...}. Not thread-safe: one per kind read.
 */
public final class TableRows {
  private final FactKind kind;
  private final String place;
  private final Limits limits;
  private final FactField[] fields;
  private final FactParsers parsers = new FactParsers();
  private final Map<Object, Integer> seen = new HashMap<>();
  private int count;

  /**
   * Checks {@code columns}, the table's column names in the order of each row's values.
   *
   * @param place the kind's partition folder, as messages name it
   * @throws FactFormatException for a column no field reads, one given twice, or a required
   *     column missing
   */
  public TableRows(FactKind kind, String place, List<String> columns, Limits limits) {
    this.kind = kind;
    this.place = place;
    this.limits = limits;
    this.fields = new FactField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      String name = columns.get(i);
      FactField field = SqlValues.field(kind, name);
      if (field == null) {
        throw new FactFormatException(place, 0, 0, name, FactParsers.unknownField(kind, "column", name), null);
      }
      for (int j = 0; j < i; j++) {
        if (fields[j] == field) {
          throw new FactFormatException(place, 0, 0, name, "column '" + field.name() + "' appears twice", null);
        }
      }
      fields[i] = field;
    }
    for (String required : kind.requiredColumnNames()) {
      if (java.util.Arrays.stream(fields).noneMatch(f -> f.name().equals(required))) {
        throw new FactFormatException(place, 0, 0, required, "missing required column '" + required
            + "'; the table has " + String.join(", ", columns), null);
      }
    }
  }

  /** Returns the kind the rows are facts of. */
  public FactKind kind() {
    return kind;
  }

  /** Returns the kind's partition folder, as messages name it. */
  public String place() {
    return place;
  }

  /** Returns how many rows were read. */
  public int count() {
    return count;
  }

  /**
   * Reads one row: {@code values} in the order of the columns, each null, text, a typed value
   * (a number, a boolean, a date or time) or a {@link List} of items for a set of words.
   *
   * @throws FactFormatException naming the row's key and the column of the first problem, or
   *     an earlier row with the same id
   */
  public Fact add(Object[] values) {
    if (values.length != fields.length) {
      throw new IllegalArgumentException("a row of " + values.length + " values for " + fields.length + " columns");
    }
    if (count++ == limits.maxRows()) {
      throw new FactFormatException(place, 0, 0, null, "more than " + limits.maxRows()
          + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(), null, Limits.Limit.MAX_ROWS);
    }
    Map<String, Row.Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      cells.put(fields[i].name(), cell(values[i], fields[i]));
    }
    Row.Cell key = cells.get(kind.key().name());
    String id = key == null || key.text() == null ? "" : key.text().strip();
    boolean named = !id.isEmpty() && id.length() <= 100;
    Row row = new Row(place + ": " + kind.name() + "[" + (named ? id : "row " + count) + "]", null, 0, 0, cells);
    for (Map.Entry<String, Row.Cell> cell : cells.entrySet()) {
      if (SqlValues.length(cell.getValue()) > limits.maxFieldLength()) {
        throw row.error(cell.getKey(), "a value longer than the limit of " + limits.maxFieldLength()
            + " characters; raise it with " + Limits.Limit.MAX_FIELD_LENGTH.setting());
      }
    }
    Fact fact = parsers.parse(kind, row);
    UniqueFacts.checkUnique(row, fact, seen, count, "row");
    return fact;
  }

  private static Row.Cell cell(Object value, FactField field) {
    if (value == null) {
      return new Row.Cell(null, null, 0, 0);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        if (item != null) {
          items.add(SqlValues.text(item, field));
        }
      }
      return new Row.Cell(null, items, 0, 0);
    }
    return new Row.Cell(SqlValues.text(value, field), null, 0, 0);
  }
}
