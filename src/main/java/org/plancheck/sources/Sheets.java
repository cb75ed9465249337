package org.plancheck.sources;

import java.util.regex.Pattern;

/**
 * How errors name places in a workbook: {@code register.xlsx:enterprises!E17} for a cell, {@code
 * !A1:B1} for a range, {@code !17:17} for a whole row, as Excel itself writes them.
 */
final class Sheets {
  /** The optional sheet that names and dates a workbook's fact set. */
  static final String INFO_SHEET = "factset";

  // Names Excel would write without quotes, and every kind name plancheck accepts.
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

  private Sheets() {}

  /** Returns {@code name} as a place shows it: quoted as Excel does when it holds spaces or marks. */
  static String quote(String name) {
    return PLAIN.matcher(name).matches() ? name : "'" + name.replace("'", "''") + "'";
  }

  /** Returns the letters of the 0-based column {@code index}: 0 gives A, 26 gives AA. */
  static String letters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** Returns {@code workbook:sheet}, the part of a place before the {@code !}. */
  static String sheet(String workbook, String sheet) {
    return workbook + ":" + quote(sheet);
  }
}
