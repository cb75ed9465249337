package org.plancheck.report;

import org.plancheck.Trajectory;
import org.plancheck.batch.BatchResult;

/** The batch as Markdown: fact sets, the goals × fact sets matrix, trajectories, in {@code --lang}. */
final class BatchMarkdown {
  private BatchMarkdown() {}

  static String render(BatchResult result, Lang lang) {
    StringBuilder md = new StringBuilder("# ").append(lang.word("report.title")).append("\n\n## ")
        .append(lang.word("report.factSets")).append("\n\n");
    md.append(MarkdownText.header(lang.columns("report.factSetColumns")));
    int n = 0;
    for (BatchResult.Entry e : result.entries()) {
      md.append("| ").append(++n).append(" | ").append(MarkdownText.cell(e.name())).append(" | ").append(BatchText.asOf(e))
          .append(" | ").append(MarkdownText.cell(BatchText.region(e))).append(" | ")
          .append(MarkdownText.cell(BatchText.outcome(e, lang))).append(" |\n");
    }
    md.append("\n## ").append(lang.word("report.matrix")).append("\n\n").append(lang.word("report.matrixNote"))
        .append("\n\n| ").append(MarkdownText.cell(lang.word("report.goal"))).append(" |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int i = 1; i <= result.entries().size(); i++) {
      md.append(' ').append(i).append(" |");
      rule.append(" --- |");
    }
    md.append('\n').append(rule).append('\n');
    for (GoalColumn column : GoalColumn.of(result.goals())) {
      md.append("| ").append(MarkdownText.cell(column.label())).append(" |");
      for (BatchResult.Entry e : result.entries()) {
        md.append(' ').append(lang.status(column.status(e))).append(" |");
      }
      md.append('\n');
    }
    if (!result.trajectories().isEmpty()) {
      md.append("\n## ").append(lang.word("report.trajectories")).append("\n\n")
          .append(MarkdownText.header(lang.columns("report.trajectoryColumns")));
      for (Trajectory t : result.trajectories()) {
        md.append("| ").append(MarkdownText.cell(t.region())).append(" | ").append(MarkdownText.cell(t.label()))
            .append(" | ").append(lang.trajectory(t.trajectory()))
            .append(" | ").append(t.points()).append(" | ").append(t.from()).append(" | ").append(t.to())
            .append(" | ").append(BatchText.plain(t.observedGrowth())).append(" | ")
            .append(BatchText.plain(t.neededGrowth())).append(" | ").append(BatchText.plain(t.ratio())).append(" |\n");
      }
    }
    return md.toString();
  }
}
