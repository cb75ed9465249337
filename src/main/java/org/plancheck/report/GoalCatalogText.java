package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.Goal;
import org.plancheck.Milestone;

/** Renders the goal catalogue as a text table, JSON, or publishable Markdown; the table and Markdown in {@code --lang}. */
public final class GoalCatalogText {

  private GoalCatalogText() {}

  /** Returns the goals as a table of id, plan, target, deadline and title. */
  public static String table(List<Goal> goals, Lang lang) {
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.columns("goals.columns"));
    for (Goal g : goals) {
      rows.add(new String[] {g.id(), g.plan(), Quantities.target(g, lang), g.deadline().toString(), lang.title(g)});
      for (Milestone m : g.milestones()) {
        rows.add(new String[] {"", "", lang.say("goals.milestone", Quantities.withUnit(m.target(), g.unit(), lang)),
            m.date().toString(), ""});
      }
      if (g.isScoped()) {
        rows.add(new String[] {"", "", lang.say("goals.scopes", g.scopes().size()), "", String.join(", ", g.scopes())});
      }
    }
    return TextTable.render(rows) + lang.count(goals.size(), "goal") + "\n";
  }

  /** Returns the goals as JSON, every annotation a field. */
  public static String json(List<Goal> goals) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Goal g : goals) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", g.id());
      m.put("plan", g.plan());
      m.put("title", g.title());
      m.put("comparator", g.comparison().symbol());
      m.put("target", g.target());
      m.put("unit", g.unit());
      m.put("deadline", g.deadline().toString());
      List<Map<String, Object>> milestones = new ArrayList<>();
      for (Milestone t : g.milestones()) {
        Map<String, Object> dated = new LinkedHashMap<>();
        dated.put("date", t.date().toString());
        dated.put("target", t.target());
        milestones.add(dated);
      }
      m.put("milestones", milestones);
      m.put("scopes", g.scopes());
      m.put("source", g.source());
      m.put("rule", g.rule());
      m.put("file", g.file().toString());
      m.put("line", g.line());
      m.put("titleZh", g.titleZh().isEmpty() ? null : g.titleZh());
      m.put("sourceZh", g.sourceZh().isEmpty() ? null : g.sourceZh());
      list.add(m);
    }
    return ReportJson.document(Map.of("goals", list));
  }

  /** Returns the goals as a Markdown catalogue of the rules in {@code rulesFolder}, a section per plan. */
  public static String markdown(List<Goal> goals, String rulesFolder, Lang lang) {
    StringBuilder md = new StringBuilder("# ").append(lang.word("goals.heading")).append("\n\n");
    md.append(lang.say("goals.intro", lang.count(goals.size(), "goal"), rulesFolder)).append('\n');
    String plan = null;
    for (Goal g : goals) {
      if (!g.plan().equals(plan)) {
        plan = g.plan();
        md.append("\n## ").append(plan).append("\n\n").append(MarkdownText.header(lang.columns("goals.mdColumns")));
      }
      md.append("| ").append(MarkdownText.cell(g.id())).append(" | ").append(MarkdownText.cell(lang.title(g))).append(" | ")
          .append(MarkdownText.cell(Quantities.targetInWords(g, lang) + details(g, lang)))
          .append(" | ").append(g.deadline()).append(" | ").append(MarkdownText.cell(lang.source(g))).append(" |\n");
    }
    return md.toString();
  }

  /** The milestones and scopes of a goal, for its Markdown target cell: "; 80 billion yuan by 2023-12-31". */
  private static String details(Goal g, Lang lang) {
    StringBuilder text = new StringBuilder();
    for (Milestone m : g.milestones()) {
      text.append(lang.say("goals.mdMilestone", lang.say("explain.dated", Quantities.withUnit(m.target(), g.unit(), lang),
          m.date())));
    }
    return g.isScoped() ? text.append(lang.say("goals.mdScopes", String.join(", ", g.scopes()))).toString() : text.toString();
  }


}
