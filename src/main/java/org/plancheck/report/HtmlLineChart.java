package org.plancheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Milestone;

/**
 * One goal's line chart for the HTML batch report, as inline SVG: time on the x axis (the
 * fact sets' {@code asOf}, through the deadline), the goal's unit on the y axis, one line per
 * region, and the plan's dated targets (milestones and the final one) as diamonds joined by a
 * dashed line. Every text from facts or rules is escaped.
 */
final class HtmlLineChart {
  /** Region line colours, told apart also in grey print by their order. */
  static final String[] PALETTE = {"#1f6fb4", "#d9731a", "#2e8b57", "#8e44ad", "#c0392b", "#7f8c8d", "#b8860b", "#16a085"};
  private static final int WIDTH = 440;
  private static final int HEIGHT = 210;
  private static final int LEFT = 74;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 38;

  /** One dated result of one region. */
  record Point(LocalDate date, GoalResult result) {}

  private final Goal goal;
  private final Map<String, List<Point>> byRegion;
  private final LocalDate from;
  private final LocalDate to;
  private final double top;
  private final Lang lang;

  /** {@code byRegion}: each region's dated results with an actual value, earliest first. */
  HtmlLineChart(Goal goal, Map<String, List<Point>> byRegion, Lang lang) {
    this.goal = goal;
    this.lang = lang;
    this.byRegion = byRegion;
    List<LocalDate> dates = new ArrayList<>();
    double max = 0;
    for (List<Point> points : byRegion.values()) {
      for (Point p : points) {
        dates.add(p.date());
        max = Math.max(max, p.result().actual().doubleValue());
      }
    }
    for (Milestone m : goal.targets()) {
      dates.add(m.date());
      max = Math.max(max, m.target().doubleValue());
    }
    this.from = dates.stream().min(LocalDate::compareTo).orElseThrow();
    this.to = dates.stream().max(LocalDate::compareTo).orElseThrow();
    this.top = max <= 0 ? 1 : max * 1.08;
  }

  /** Returns the chart as an {@code <svg>} element. */
  String svg() {
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(BatchHtml.esc(goal.id() + " over time")).append("\">");
    axes(svg);
    targets(svg);
    int colour = 0;
    for (Map.Entry<String, List<Point>> region : byRegion.entrySet()) {
      line(svg, region.getKey(), region.getValue(), PALETTE[colour++ % PALETTE.length]);
    }
    return svg.append("</svg>").toString();
  }

  private void axes(StringBuilder svg) {
    int bottom = HEIGHT - BOTTOM;
    svg.append("<g class=\"axis\" font-size=\"10\" fill=\"#444\">");
    svg.append(hline(bottom, "#999")).append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT)
        .append("\" y1=\"").append(TOP).append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
    for (BigDecimal value : levels()) {
      int y = y(value.doubleValue());
      svg.append(hline(y, "#eee")).append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(y + 3)
          .append("\" text-anchor=\"end\">").append(BatchHtml.esc(Quantities.format(value, goal.unit(), lang)))
          .append("</text>");
    }
    for (LocalDate tick : ticks()) {
      int x = x(tick);
      svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(bottom)
          .append("\" y2=\"").append(bottom + 4).append("\" stroke=\"#999\"/><text x=\"").append(x)
          .append("\" y=\"").append(bottom + 15).append("\" text-anchor=\"middle\">")
          .append(tick.getDayOfYear() == 1 ? String.valueOf(tick.getYear()) : tick.toString()).append("</text>");
    }
    svg.append("<text x=\"").append(LEFT + (WIDTH - LEFT - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 4)
        .append("\" text-anchor=\"middle\">").append(BatchHtml.esc(lang.word("html.asOf"))).append("</text></g>");
  }

  /** Round levels for the y axis: 0 and multiples of 1, 2 or 5 times a power of ten, below the top. */
  private List<BigDecimal> levels() {
    BigDecimal half = BigDecimal.valueOf(top / 2.2);
    BigDecimal power = BigDecimal.ONE.movePointRight(half.precision() - half.scale() - 1);
    BigDecimal step = power;
    for (int m : new int[] {2, 5, 10}) {
      if (step.compareTo(half) < 0) {
        step = power.multiply(BigDecimal.valueOf(m));
      }
    }
    if (!goal.unit().equals("percent") && step.compareTo(BigDecimal.ONE) < 0) {
      step = BigDecimal.ONE;  // counted units move in whole steps
    }
    List<BigDecimal> levels = new ArrayList<>();
    for (BigDecimal v = BigDecimal.ZERO; v.doubleValue() <= top; v = v.add(step)) {
      levels.add(v);
    }
    return levels;
  }

  /** January firsts within the span, or its two ends when it spans no new year. */
  private List<LocalDate> ticks() {
    List<LocalDate> ticks = new ArrayList<>();
    for (int year = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1); year <= to.getYear(); year++) {
      ticks.add(LocalDate.of(year, 1, 1));
    }
    if (ticks.isEmpty()) {
      ticks.add(from);
      if (!to.equals(from)) {
        ticks.add(to);
      }
    }
    return ticks;
  }

  private void targets(StringBuilder svg) {
    StringBuilder path = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (Milestone m : goal.targets()) {
      int x = x(m.date());
      int y = y(m.target().doubleValue());
      path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
      boolean last = m.date().equals(goal.deadline());
      marks.append("<path d=\"M").append(x).append(' ').append(y - 5).append(" l5 5 l-5 5 l-5 -5 z\" fill=\"")
          .append(last ? "#222" : "#fff").append("\" stroke=\"#222\"><title>")
          .append(BatchHtml.esc(lang.say(last ? "html.targetTip" : "html.milestoneTip", Quantities.target(goal, m, lang))))
          .append("</title></path>");
    }
    svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>")
        .append(marks);
  }

  private void line(StringBuilder svg, String region, List<Point> points, String colour) {
    StringBuilder d = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Point p : points) {
      int x = x(p.date());
      int y = y(p.result().actual().doubleValue());
      d.append(d.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
      dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3.5\" fill=\"").append(colour)
          .append("\" class=\"").append(p.result().status()).append("\"><title>")
          .append(BatchHtml.esc(lang.say("html.pointTip", region, p.date(),
              Quantities.withUnit(p.result().actual(), goal.unit(), lang), lang.status(p.result().status()))))
          .append("</title></circle>");
    }
    svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-width=\"2\"/>").append(dots);
  }

  private String hline(int y, String colour) {
    return "<line x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y + "\" y2=\"" + y + "\" stroke=\""
        + colour + "\"/>";
  }

  private int x(LocalDate date) {
    long span = ChronoUnit.DAYS.between(from, to);
    double share = span == 0 ? 0.5 : ChronoUnit.DAYS.between(from, date) / (double) span;
    return (int) Math.round(LEFT + 8 + share * (WIDTH - LEFT - RIGHT - 16));
  }

  private int y(double value) {
    double share = Math.max(0, Math.min(value / top, 1));
    return (int) Math.round(HEIGHT - BOTTOM - share * (HEIGHT - BOTTOM - TOP));
  }

  /** Returns the legend: each region's colour and name, as HTML. */
  String legend() {
    StringBuilder html = new StringBuilder("<ul class=\"legend\">");
    int colour = 0;
    for (String region : byRegion.keySet()) {
      html.append("<li><span style=\"background:").append(PALETTE[colour++ % PALETTE.length]).append("\"></span>")
          .append(BatchHtml.esc(region)).append("</li>");
    }
    return html.append("<li><span class=\"target\"></span>")
        .append(BatchHtml.esc(lang.word(goal.milestones().isEmpty() ? "html.legendTarget" : "html.legendTargets")))
        .append("</li></ul>").toString();
  }
}
