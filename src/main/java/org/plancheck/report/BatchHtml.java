package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plancheck.GoalResult;
import org.plancheck.Trajectories;
import org.plancheck.Trajectory;
import org.plancheck.batch.BatchResult;

/**
 * The batch as one self-contained HTML page (no scripts, no network), laid out for real
 * batches of dozens of fact sets: fact sets as rows and goals as narrow columns grouped by
 * plan, the fact sets that failed folded into one list, a line chart per goal over time with
 * one line per region and the plan's dated targets drawn, and the trajectories as a table.
 * Its words follow {@code --lang}, and its fonts too (Chinese names CJK fonts, so no glyph is a
 * box). Every text from facts or rules is escaped.
 */
final class BatchHtml {
  private static final String STYLE = """
      body{margin:16px 24px;color:#222;font-size:14px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 8px}
      table{border-collapse:collapse}td,th{border:1px solid #d4d4d4;padding:3px 6px;font-size:12px}
      th{background:#f3f3f3;font-weight:600}.wrap{max-width:100%;overflow-x:auto}
      #matrix td.s{width:18px;padding:2px;text-align:center;font-weight:700}
      #matrix th.g{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;padding:4px 2px;font-weight:500}
      #matrix td.n{max-width:240px;overflow-wrap:anywhere}
      .MET{background:#cdeccd;color:#185c18}.MISSED{background:#f6c9c4;color:#8a1f12}
      .PENDING{background:#dbe6f6;color:#23487a}.UNKNOWN{background:#eee;color:#666}.ERROR{background:#f0b400}
      .key span{display:inline-block;padding:1px 6px;margin-right:6px;border-radius:3px}
      details{margin:8px 0}summary{cursor:pointer;font-weight:600}details li{margin:3px 0;overflow-wrap:anywhere}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:14px 20px}
      .charts section{min-width:0}.charts svg{width:100%;height:auto;display:block}
      h3{font-size:13px;margin:0 0 2px}p.t{font-size:12px;margin:0 0 4px;color:#444}
      ul.legend{list-style:none;padding:0;margin:2px 0;font-size:11px;display:flex;flex-wrap:wrap;gap:2px 12px}
      ul.legend span{display:inline-block;width:14px;height:3px;margin-right:4px;vertical-align:middle}
      ul.legend span.target{border-top:2px dashed #222;height:0}
      .ON_TRACK{background:#cdeccd}.NEEDS_ACCELERATION{background:#fbe7b5}.LIMITED_PROGRESS{background:#f7d3b0}
      .DETERIORATING{background:#f6c9c4}.INSUFFICIENT_DATA{background:#eee}
      """;
  private static final Map<String, String> SYMBOLS =
      Map.of("MET", "✓", "MISSED", "✗", "PENDING", "…", "UNKNOWN", "?", "ERROR", "!");

  private BatchHtml() {}

  static String render(BatchResult result, Lang lang) {
    String title = esc(lang.word("report.title"));
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.word("html.lang"))
        .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
        .append(title).append("</title><style>body{font-family:").append(lang.word("html.fonts")).append("}\n")
        .append(STYLE).append("</style></head><body>\n<h1>").append(title).append("</h1>\n<p>")
        .append(esc(BatchText.tally(result, java.nio.file.Path.of("."), lang).lines().findFirst().orElse("")))
        .append("</p>\n<p class=\"key\">");
    SYMBOLS.keySet().stream().sorted().forEach(s -> html.append("<span class=\"").append(s).append("\">")
        .append(SYMBOLS.get(s)).append(' ').append(esc(lang.status(s))).append("</span>"));
    html.append("</p>\n");
    matrix(html, result, lang);
    errors(html, result.entries(), lang);
    charts(html, result, lang);
    trajectories(html, result.trajectories(), lang);
    return html.append("</body></html>\n").toString();
  }

  /** Evaluated fact sets as rows, goal (and scope) columns grouped under their plan. */
  private static void matrix(StringBuilder html, BatchResult result, Lang lang) {
    List<GoalColumn> columns = GoalColumn.of(result.goals());
    html.append("<h2>").append(esc(lang.word("report.matrix"))).append("</h2>\n<div class=\"wrap\"><table id=\"matrix\"><tr>");
    // The fact-set columns are the first four of the fact-set table's: #, name, as of, region.
    String[] heads = lang.columns("report.factSetColumns");
    for (int i = 0; i < 4; i++) {
      html.append("<th rowspan=\"2\">").append(esc(heads[i])).append("</th>");
    }
    Map<String, Integer> plans = new LinkedHashMap<>();
    columns.forEach(c -> plans.merge(c.goal().plan(), 1, Integer::sum));
    plans.forEach((plan, span) -> html.append("<th colspan=\"").append(span).append("\">").append(esc(plan)).append("</th>"));
    html.append("</tr>\n<tr>");
    for (GoalColumn c : columns) {
      html.append("<th class=\"g\" title=\"").append(esc(lang.title(c.goal()))).append("\">").append(esc(c.label())).append("</th>");
    }
    html.append("</tr>\n");
    int n = 0;
    for (BatchResult.Entry e : result.entries()) {
      n++;
      if (e.report() == null) {
        continue;
      }
      html.append("<tr><td>").append(n).append("</td><td class=\"n\">").append(esc(e.name())).append("</td><td>")
          .append(BatchText.asOf(e)).append("</td><td>").append(esc(BatchText.region(e))).append("</td>");
      for (GoalColumn c : columns) {
        String status = c.status(e);
        html.append("<td class=\"s ").append(status).append("\" title=\"").append(esc(cellTitle(e, c, lang)))
            .append("\">").append(SYMBOLS.get(status)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static String cellTitle(BatchResult.Entry e, GoalColumn c, Lang lang) {
    GoalResult r = c.result(e).orElse(null);
    String status = lang.status(c.status(e));
    if (r == null || r.actual() == null) {
      return lang.say("html.cellTipUnknown", c.label(), status, r == null ? "" : lang.reason(r));
    }
    return lang.say("html.cellTip", c.label(), status, Quantities.withUnit(r.actual(), c.goal().unit(), lang),
        Quantities.target(r, lang), r.progress() == null ? "-" : Quantities.percent(r.progress()));
  }

  /** The fact sets that could not be evaluated, folded into one list. */
  private static void errors(StringBuilder html, List<BatchResult.Entry> entries, Lang lang) {
    List<BatchResult.Entry> failed = entries.stream().filter(e -> e.report() == null).toList();
    if (failed.isEmpty()) {
      return;
    }
    html.append("<details id=\"errors\"><summary class=\"ERROR\">")
        .append(esc(lang.say("html.errors", lang.count(failed.size(), "factSet")))).append("</summary><ol>\n");
    for (BatchResult.Entry e : failed) {
      html.append("<li><b>").append(esc(e.name())).append("</b>: ").append(esc(e.error())).append("</li>\n");
    }
    html.append("</ol></details>\n");
  }

  /** A line chart per goal (and scope) with dated results: one line per region. */
  private static void charts(StringBuilder html, BatchResult result, Lang lang) {
    StringBuilder sections = new StringBuilder();
    for (GoalColumn c : GoalColumn.of(result.goals())) {
      Map<String, List<HtmlLineChart.Point>> byRegion = new TreeMap<>();
      for (BatchResult.Entry e : result.entries()) {
        GoalResult r = c.result(e).orElse(null);
        if (r != null && r.actual() != null && e.report().factSet().asOf() != null) {
          byRegion.computeIfAbsent(Trajectories.regionOf(e.report().factSet()), k -> new ArrayList<>())
              .add(new HtmlLineChart.Point(e.report().factSet().asOf(), r));
        }
      }
      if (byRegion.isEmpty()) {
        continue;
      }
      byRegion.values().forEach(points -> points.sort(java.util.Comparator.comparing(HtmlLineChart.Point::date)));
      HtmlLineChart chart = new HtmlLineChart(c.goal(), byRegion, lang);
      sections.append("<section><h3>").append(esc(c.label())).append(": ").append(esc(lang.title(c.goal())))
          .append("</h3><p class=\"t\">").append(esc(Quantities.target(c.goal(), c.goal().finalTarget(), lang)))
          .append("</p>").append(chart.svg()).append(chart.legend()).append("</section>\n");
    }
    html.append("<h2>").append(esc(lang.word("html.progress"))).append("</h2>\n");
    if (sections.isEmpty()) {
      html.append("<p>").append(esc(lang.word("html.noDates"))).append("</p>\n");
    } else {
      html.append("<div class=\"charts\">\n").append(sections).append("</div>\n");
    }
  }

  private static void trajectories(StringBuilder html, List<Trajectory> trajectories, Lang lang) {
    if (trajectories.isEmpty()) {
      return;
    }
    html.append("<h2>").append(esc(lang.word("report.trajectories"))).append("</h2>\n<div class=\"wrap\">")
        .append("<table id=\"trajectories\"><tr>");
    for (String column : lang.columns("html.trajectoryColumns")) {
      html.append("<th>").append(esc(column)).append("</th>");
    }
    html.append("</tr>\n");
    for (Trajectory t : trajectories) {
      html.append("<tr><td>").append(esc(t.region())).append("</td><td>").append(esc(t.label())).append("</td><td class=\"")
          .append(t.trajectory()).append("\">").append(esc(lang.trajectory(t.trajectory()))).append("</td><td>").append(t.points())
          .append("</td><td>").append(t.from()).append("</td><td>").append(t.to()).append("</td><td>")
          .append(BatchText.plain(t.observedGrowth())).append("</td><td>").append(BatchText.plain(t.neededGrowth()))
          .append("</td><td>").append(t.targetDate()).append("</td><td>").append(BatchText.plain(t.ratio()))
          .append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    // Control and invisible format characters are shown escaped (ESC as \x1B), as on a terminal.
    return TerminalText.escape(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
