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
 * million rows makes no map per row; a JSON object keeps a cell per field with its position.
 */
public final class Row {
  /** One JSON value: its text, its items when it was a list, and where it stands. */
  public record Cell(String text, List<String> items, int line, int column) {}

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final Map<String, Cell> cells;
  private final String[] columns;
  private final List<String> values;

  /** A JSON object at {@code path}, such as {@code enterprises[3]}. */
  public Row(String source, String path, int line, int column, Map<String, Cell> cells) {
    this(source, path, line, column, cells, null, null);
  }

  /**
   * A CSV row: {@code values} in the order of {@code columns}, the header's names. Names that
   * are the declared fields' own instances are found by identity, without hashing.
   */
  public Row(String source, int line, String[] columns, List<String> values) {
    this(source, null, line, 0, null, columns, values);
  }

  private Row(String source, String path, int line, int column, Map<String, Cell> cells,
      String[] columns, List<String> values) {
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.cells = cells;
    this.columns = columns;
    this.values = values;
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
    Cell cell = field == null || cells == null ? null : cells.get(field);
    int at = cell == null ? line : cell.line();
    int col = cell == null ? column : cell.column();
    String label = path == null ? field : field == null ? path : path + "." + field;
    return new FactFormatException(source, at, col, label, problem, null);
  }

  private String raw(String field) {
    if (columns != null) {
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] == field) {
          return values.get(i);
        }
      }
      for (int i = 0; i < columns.length; i++) {
        if (columns[i].equals(field)) {
          return values.get(i);
        }
      }
      return null;
    }
    Cell cell = cells.get(field);
    return cell == null ? null : cell.text();
  }
}
