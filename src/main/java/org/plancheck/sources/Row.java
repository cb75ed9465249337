package org.plancheck.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plancheck.FactFormatException;

/**
 * One record read from a fact file, CSV row or JSON object, with the position of each value,
 * so that every problem found while turning it into a fact points to a place.
 *
 * <p>A CSV row keeps its values in header order and shares the header's column names, so reading a
 * million rows makes no map per row; a JSON object keeps a cell per field with its position. A
 * workbook row is a CSV row that also shares the header's column letters, so that a problem
 * names its cell ({@code register.xlsx:enterprises!E17}).
 */
public final class Row {
  /** One JSON value: its text, its items when it was a list, and where it stands. */
  public record Cell(String text, List<String> items, int line, int column) {}

  private final String source;
  private final String path;
  private int line;
  private final int column;
  private final Map<String, Cell> cells;
  private final String[] columns;
  private final List<String> values;
  private final String[] letters;
  // Where the next field asked for is likely to be: readers ask for a row's fields in the
  // declaration's order, which is nearly always the header's.
  private int nextColumn;

  /** A JSON object at {@code path}, such as {@code enterprises[3]}. */
  public Row(String source, String path, int line, int column, Map<String, Cell> cells) {
    this(source, path, line, column, cells, null, null, null);
  }

  /**
   * A CSV row: {@code values} in the order of {@code columns}, the header's names. Names that
   * are the declared fields' own instances are found by identity, without hashing.
   */
  public Row(String source, int line, String[] columns, List<String> values) {
    this(source, null, line, 0, null, columns, values, null);
  }

  /**
   * A workbook row: {@code sheet} is {@code workbook:sheet} as errors name it, {@code line} the
   * row's number, {@code letters} each column's letters ({@code E}), in the order of {@code
   * columns}.
   */
  public Row(String sheet, int line, String[] columns, List<String> values, String[] letters) {
    this(sheet, null, line, 0, null, columns, values, letters);
  }

  private Row(String source, String path, int line, int column, Map<String, Cell> cells,
      String[] columns, List<String> values, String[] letters) {
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.cells = cells;
    this.columns = columns;
    this.values = values;
    this.letters = letters;
  }

  /**
   * Makes this CSV row the record on {@code line}, whose values its list now holds: {@link
   * CsvRows} reads the records of a large file into a few rows it reuses, since nothing keeps a
   * row once its fact is read and checked.
   */
  void moveTo(int line) {
    this.line = line;
  }

  /** Returns whether this is a CSV row, whose values are all text. */
  boolean csv() {
    return columns != null;
  }

  public int line() {
    return line;
  }

  /** Returns the stripped text of {@code field}, or null when absent or blank. */
  public String text(String field) {
    String raw = raw(field);
    if (raw == null) {
      return null;
    }
    String text = raw.strip();
    return text.isEmpty() ? null : text;
  }

  /** Returns the items of a list field: a JSON array, or text separated by semicolons. */
  public List<String> items(String field) {
    Cell cell = cells == null ? null : cells.get(field);
    if (cell != null && cell.items() != null) {
      return cell.items().stream().map(String::strip).toList();
    }
    String text = text(field);
    if (text == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>(2);
    int start = 0;
    for (int semi = text.indexOf(';'); semi >= 0; semi = text.indexOf(';', start)) {
      items.add(text.substring(start, semi).strip());
      start = semi + 1;
    }
    items.add(text.substring(start).strip());
    return items;
  }

  /** Returns an error about {@code field} of this row, at the field's own position. */
  public FactFormatException error(String field, String problem) {
    if (letters != null) {
      int at = field == null ? -1 : index(field);
      String cell = at < 0 ? line + ":" + line : letters[at] + line;
      return new FactFormatException(source + "!" + cell, 0, 0, field, problem, null);
    }
    Cell cell = field == null || cells == null ? null : cells.get(field);
    int at = cell == null ? line : cell.line();
    int col = cell == null ? column : cell.column();
    String label = path == null ? field : field == null ? path : path + "." + field;
    return new FactFormatException(source, at, col, label, problem, null);
  }

  /**
   * Returns where {@code line}, a line of this row's source, is, as messages say it: "line 3", or
   * "row 3" in a workbook.
   */
  public String place(int line) {
    return (letters == null ? "line " : "row ") + line;
  }

  private String raw(String field) {
    if (columns != null) {
      int at = index(field);
      return at < 0 ? null : values.get(at);
    }
    Cell cell = cells.get(field);
    return cell == null ? null : cell.text();
  }

  /** Returns the index of {@code field} among the columns, or -1. */
  private int index(String field) {
    int next = nextColumn;
    if (next < columns.length && columns[next] == field) {
      nextColumn = next + 1;
      return next;
    }
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] == field) {
        nextColumn = i + 1;
        return i;
      }
    }
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(field)) {
        return i;
      }
    }
    return -1;
  }
}
