package org.plancheck.report;

import java.math.BigDecimal;
import org.plancheck.batch.BatchResult;

/**
 * One CSV row per fact set and goal, for spreadsheets. Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
final class BatchCsv {
  private BatchCsv() {}

  static String render(BatchResult result) {
    StringBuilder csv = new StringBuilder(String.join(",", BatchRow.COLUMNS)).append('\n');
    for (BatchRow r : BatchRow.of(result)) {
      row(csv, r.factSet(), r.source(), r.asOf() == null ? "-" : r.asOf().toString(),
          r.region() == null ? "-" : r.region(), r.goal(), text(r.scope()), r.status(), r.comparator(),
          number(r.target()), r.targetDate() == null ? "" : r.targetDate().toString(), number(r.actual()), r.unit(),
          number(r.gap()), number(r.progress()), text(r.trajectory()), text(r.error()));
    }
    return csv.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
    }
    csv.append('\n');
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** Quotes a cell when needed, and defuses text a spreadsheet would read as a formula. */
  static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
    boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static boolean isNumber(String text) {
    return text.matches("[+-]?\\d+(\\.\\d+)?");
  }
}
