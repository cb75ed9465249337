package org.plancheck.report;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactSetInfo;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Report;
import org.plancheck.Status;
import org.plancheck.Summary;

/** Renders a report as an aligned text table, reasons for UNKNOWN goals, and a summary line, in {@code --lang}. */
public final class TableReport {
  private TableReport() {}

  /** Returns {@code report} as the table {@code evaluate} prints: one row per goal, then the summary line. */
  public static String render(Report report, Lang lang) {
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.columns("table.columns"));
    for (GoalResult result : report.goals()) {
      rows.add(row(result, lang));
    }
    StringBuilder text = new StringBuilder(TextTable.render(rows));
    List<GoalResult> unknown = report.withStatus(Status.UNKNOWN);
    if (!unknown.isEmpty()) {
      text.append('\n');
      unknown.forEach(r -> text.append(TerminalText.escape(lang.say("table.unknown", r.label(), lang.reason(r)))).append('\n'));
    }
    return text.append('\n').append(summaryLine(report, lang)).append('\n').toString();
  }

  /** Returns one line such as "shanghai-2025 (as of 2025-12-31): 19 goals, 16 met, ...". */
  public static String summaryLine(Report report, Lang lang) {
    FactSetInfo info = report.factSet();
    List<String> about = new ArrayList<>();
    if (info.region() != null) {
      about.add(info.region());
    }
    if (info.asOf() != null) {
      about.add(lang.say("summary.asOf", info.asOf()));
    }
    String name = about.isEmpty() ? info.name()
        : lang.say("summary.about", info.name(), about.stream().reduce((a, b) -> lang.say("list.pair", a, b)).orElseThrow());
    Summary s = report.summary();
    return lang.say("summary.line", TerminalText.escape(name), lang.count(s.total(), "goal"), s.met(), s.missed(),
        s.unknown(), pending(s, lang));
  }

  /** Returns "2 pending, " for a summary line, or nothing when no goal is PENDING. */
  static String pending(Summary s, Lang lang) {
    return s.pending() == 0 ? "" : lang.say("summary.pending", s.pending());
  }

  private static String[] row(GoalResult result, Lang lang) {
    Goal goal = result.goal();
    return new String[] {
      result.label(),
      goal.plan(),
      lang.status(result.status()),
      Quantities.format(result.actual(), goal.unit(), lang),
      Quantities.target(result, lang),
      Quantities.gap(result, lang)
    };
  }
}
