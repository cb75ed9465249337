package org.plancheck.cli;

import java.util.List;

/** Aligns rows of cells into columns separated by two spaces, the first row as header. */
final class TextTable {
  private TextTable() {}

  /** Renders the rows; every cell is escaped for the terminal, so no cell can split a row. */
  static String render(List<String[]> rows) {
    rows = rows.stream().map(row -> java.util.Arrays.stream(row).map(TerminalText::escape).toArray(String[]::new)).toList();
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - width(row[i]) + 2));
        }
      }
      text.append(line).append('\n');
    }
    return text.toString();
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
