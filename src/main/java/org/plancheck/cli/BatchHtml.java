package org.plancheck.cli;

import java.math.BigDecimal;
import java.util.List;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Trajectory;

/**
 * The batch as one self-contained HTML page (no scripts, no network): the goals × fact sets
 * matrix in status colours and, per goal, a chart of progress toward its target across the
 * fact sets with the goal's trajectory, in {@code --lang}. Every text from facts or rules is escaped.
 */
final class BatchHtml {
  private static final String STYLE = """
      body{margin:2em;color:#222}
      table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;font-size:13px}
      th{background:#f3f3f3}.MET{background:#cdeccd}.MISSED{background:#f6c9c4}
      .UNKNOWN{background:#eee;color:#666}.ERROR{background:#f0b400}
      section{display:inline-block;vertical-align:top;margin:0 1.5em 1.5em 0}
      h3{font-size:14px;margin:.2em 0}p.t{font-size:12px;margin:.2em 0;color:#444}
      """;
  private static final int CHART_HEIGHT = 120;
  private static final double CHART_CAP = 1.5;

  private BatchHtml() {}

  static String render(BatchResult result, Lang lang) {
    String title = esc(lang.word("report.title"));
    // The font stack comes with the language: Chinese names CJK fonts, so no glyph is a box.
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.word("html.lang"))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(title).append("</title><style>body{font-family:").append(lang.word("html.fonts"))
        .append("}\n").append(STYLE).append("</style></head><body>\n")
        .append("<h1>").append(title).append("</h1>\n<p>")
        .append(esc(BatchText.tally(result, java.nio.file.Path.of("."), lang).lines().findFirst().orElse("")))
        .append("</p>\n");
    factSets(html, result.entries(), lang);
    matrix(html, result, lang);
    html.append("<h2>").append(esc(lang.word("html.progress"))).append("</h2>\n");
    for (Goal goal : result.goals()) {
      chart(html, result, goal, lang);
    }
    return html.append("</body></html>\n").toString();
  }

  private static void factSets(StringBuilder html, List<BatchResult.Entry> entries, Lang lang) {
    html.append("<h2>").append(esc(lang.word("report.factSets"))).append("</h2>\n<table id=\"fact-sets\"><tr>");
    for (String column : lang.columns("report.factSetColumns")) {
      html.append("<th>").append(esc(column)).append("</th>");
    }
    html.append("</tr>\n");
    int n = 0;
    for (BatchResult.Entry e : entries) {
      html.append("<tr").append(e.report() == null ? " class=\"ERROR\"" : "").append("><td>").append(++n)
          .append("</td><td>").append(esc(e.name())).append("</td><td>").append(BatchText.asOf(e))
          .append("</td><td>").append(esc(BatchText.region(e))).append("</td><td>")
          .append(esc(BatchText.outcome(e, lang))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void matrix(StringBuilder html, BatchResult result, Lang lang) {
    html.append("<h2>").append(esc(lang.word("report.matrix"))).append("</h2>\n<table id=\"matrix\"><tr><th>")
        .append(esc(lang.word("report.goal"))).append("</th>");
    for (int i = 1; i <= result.entries().size(); i++) {
      html.append("<th>").append(i).append("</th>");
    }
    html.append("</tr>\n");
    for (Goal goal : result.goals()) {
      html.append("<tr><th title=\"").append(esc(lang.title(goal))).append("\">").append(esc(goal.id())).append("</th>");
      for (BatchResult.Entry e : result.entries()) {
        String status = e.status(goal.id());
        html.append("<td class=\"").append(status).append("\">").append(esc(lang.status(status))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  /** A bar per fact set: actual over target (capped at 150%), a line at the target. */
  private static void chart(StringBuilder html, BatchResult result, Goal goal, Lang lang) {
    List<BatchResult.Entry> entries = result.entries();
    int width = Math.max(220, 22 * entries.size() + 40);
    html.append("<section><h3>").append(esc(goal.id())).append(": ").append(esc(lang.title(goal))).append("</h3>")
        .append("<p class=\"t\">").append(esc(lang.say("html.target", Quantities.target(goal, lang))))
        .append(trajectories(result, goal, lang))
        .append("</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(CHART_HEIGHT + 30).append("\" role=\"img\" aria-label=\"")
        .append(esc(lang.say("html.chartLabel", goal.id()))).append("\">");
    int line = (int) Math.round(CHART_HEIGHT - CHART_HEIGHT / CHART_CAP);
    html.append("<line x1=\"30\" x2=\"").append(width).append("\" y1=\"").append(line).append("\" y2=\"").append(line)
        .append("\" stroke=\"#333\" stroke-dasharray=\"4 3\"/><text x=\"0\" y=\"").append(line + 4)
        .append("\" font-size=\"10\">100%</text>");
    for (int i = 0; i < entries.size(); i++) {
      bar(html, entries.get(i), goal, 34 + 22 * i, i + 1, lang);
    }
    html.append("</svg></section>\n");
  }

  private static void bar(StringBuilder html, BatchResult.Entry e, Goal goal, int x, int n, Lang lang) {
    GoalResult r = e.result(goal.id()).orElse(null);
    BigDecimal progress = r == null ? null : r.progress();
    double share = progress == null ? 0 : Math.min(progress.doubleValue(), CHART_CAP) / CHART_CAP;
    int h = (int) Math.round(share * CHART_HEIGHT);
    String colour = switch (e.status(goal.id())) {
      case "MET" -> "#3a9a3a";
      case "MISSED" -> "#c8443a";
      case "UNKNOWN" -> "#aaa";
      default -> "#f0b400";
    };
    html.append("<rect x=\"").append(x).append("\" y=\"").append(CHART_HEIGHT - h).append("\" width=\"16\" height=\"")
        .append(Math.max(h, 1)).append("\" fill=\"").append(colour).append("\"><title>").append(esc(e.name()))
        .append(": ").append(esc(lang.status(e.status(goal.id())))).append(progress == null ? "" : ", " + Quantities.percent(progress))
        .append("</title></rect><text x=\"").append(x + 4).append("\" y=\"").append(CHART_HEIGHT + 14)
        .append("\" font-size=\"10\">").append(n).append("</text>");
  }

  private static String trajectories(BatchResult result, Goal goal, Lang lang) {
    StringBuilder text = new StringBuilder();
    for (Trajectory t : result.trajectories()) {
      if (t.goal().equals(goal.id())) {
        text.append(esc(t.ratio() == null ? lang.say("html.trajectory", t.region(), lang.trajectory(t.trajectory()))
            : lang.say("html.trajectoryRatio", t.region(), lang.trajectory(t.trajectory()), t.ratio().toPlainString())));
      }
    }
    return text.toString();
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    // Control and invisible format characters are shown escaped (ESC as \x1B), as on a terminal.
    return TerminalText.escape(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
