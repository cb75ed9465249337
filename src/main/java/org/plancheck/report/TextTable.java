package org.plancheck.report;

import java.util.List;

/** Aligns rows of cells into columns separated by two spaces, the first row as header; Chinese counts double. */
public final class TextTable {
  private TextTable() {}

  /** Renders the rows; every cell is escaped for the terminal, so no cell can split a row. */
  public static String render(List<String[]> rows) {
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

  /** Returns the columns a cell takes on a terminal: two for a wide (East Asian) character. */
  static int width(String cell) {
    return cell.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  /** Whether a terminal draws {@code c} two columns wide: CJK ideographs, kana, hangul, full-width forms. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
