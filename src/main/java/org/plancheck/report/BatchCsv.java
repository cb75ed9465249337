package org.plancheck.report;

import java.math.BigDecimal;
import java.util.List;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.batch.BatchResult;

/**
 * One CSV row per fact set and goal, for spreadsheets. Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
final class BatchCsv {
  private static final List<String> HEADER = List.of("factSet", "source", "asOf", "region", "goal",
      "scope", "status", "comparator", "target", "targetDate", "actual", "unit", "gap", "progress", "trajectory", "error");

  private BatchCsv() {}

  static String render(BatchResult result) {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (BatchResult.Entry e : result.entries()) {
      for (GoalColumn column : GoalColumn.of(result.goals())) {
        Goal goal = column.goal();
        GoalResult r = column.result(e).orElse(null);
        String trajectory = column.trajectory(result, e).map(t -> t.trajectory().name()).orElse("");
        row(csv, e.name(), e.source().toString(), BatchText.asOf(e), BatchText.region(e), goal.id(),
            column.scope() == null ? "" : column.scope(), column.status(e), goal.comparison().symbol(),
            r == null ? "" : number(r.target()), r == null ? "" : r.targetDate().toString(),
            r == null ? "" : number(r.actual()), goal.unit(), r == null ? "" : number(r.gap()),
            r == null ? "" : number(r.progress()), trajectory, e.error() == null ? "" : e.error());
      }
    }
    return csv.toString();
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
