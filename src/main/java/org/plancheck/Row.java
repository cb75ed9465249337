package org.plancheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One record read from a fact file, CSV row or JSON object, with the position of each value,
 * so that every problem found while turning it into a fact points to a place.
 */
final class Row {
  /** One value: its text, its items when the JSON held a list, and where it stands. */
  record Cell(String text, List<String> items, int line, int column) {}

  private final Path file;
  private final String path;
  private final int line;
  private final int column;
  private final Map<String, Cell> cells;

  /**
   * Creates a row.
   *
   * @param path the JSON path of the object, such as {@code enterprises[3]}; null for CSV
   */
  Row(Path file, String path, int line, int column, Map<String, Cell> cells) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.column = column;
    this.cells = cells;
  }

  int line() {
    return line;
  }

  /** Returns the stripped text of {@code field}, or null when absent or blank. */
  String text(String field) {
    Cell cell = cells.get(field);
    if (cell == null || cell.text() == null) {
      return null;
    }
    String text = cell.text().strip();
    return text.isEmpty() ? null : text;
  }

  /** Returns the items of a list field: a JSON array, or text separated by semicolons. */
  List<String> items(String field) {
    Cell cell = cells.get(field);
    if (cell != null && cell.items() != null) {
      return cell.items().stream().map(String::strip).toList();
    }
    String text = text(field);
    return text == null ? List.of() : List.of(text.split("\\s*;\\s*"));
  }

  /** Returns an error about {@code field} of this row, at the field's own position. */
  FactFormatException error(String field, String problem) {
    Cell cell = field == null ? null : cells.get(field);
    int at = cell == null ? line : cell.line();
    int col = cell == null ? column : cell.column();
    String label = path == null ? field : field == null ? path : path + "." + field;
    return new FactFormatException(file, at, col, label, problem, null);
  }
}
