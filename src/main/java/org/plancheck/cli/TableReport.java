package org.plancheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactSetInfo;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Report;
import org.plancheck.Status;
import org.plancheck.Summary;

/** Renders a report as an aligned text table, reasons for UNKNOWN goals, and a summary line. */
final class TableReport {
  private static final String[] HEADER = {"GOAL", "PLAN", "STATUS", "ACTUAL", "TARGET", "GAP"};

  private TableReport() {}

  static String render(Report report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (GoalResult result : report.goals()) {
      rows.add(row(result));
    }
    StringBuilder text = new StringBuilder(TextTable.render(rows));
    List<GoalResult> unknown = report.withStatus(Status.UNKNOWN);
    if (!unknown.isEmpty()) {
      text.append('\n');
      unknown.forEach(r -> text.append(TerminalText.escape(r.label() + " is UNKNOWN: " + r.reason())).append('\n'));
    }
    return text.append('\n').append(summaryLine(report)).append('\n').toString();
  }

  /** Returns one line such as "shanghai-2025 (as of 2025-12-31): 19 goals, 16 met, ...". */
  static String summaryLine(Report report) {
    FactSetInfo info = report.factSet();
    List<String> about = new ArrayList<>();
    if (info.region() != null) {
      about.add(info.region());
    }
    if (info.asOf() != null) {
      about.add("as of " + info.asOf());
    }
    Summary s = report.summary();
    return TerminalText.escape(info.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")")) + ": "
        + Words.count(s.total(), "goal") + ", " + s.met() + " met, " + s.missed() + " missed, "
        + (s.pending() == 0 ? "" : s.pending() + " pending, ") + s.unknown() + " unknown";
  }

  private static String[] row(GoalResult result) {
    Goal goal = result.goal();
    return new String[] {
      result.label(),
      goal.plan(),
      result.status().name(),
      Quantities.format(result.actual(), goal.unit()),
      Quantities.target(result),
      Quantities.gap(result)
    };
  }
}
