package org.plancheck.cli;

import org.plancheck.Goal;
import org.plancheck.Trajectory;

/** The batch as Markdown: fact sets, the goals × fact sets matrix, trajectories. */
final class BatchMarkdown {
  private BatchMarkdown() {}

  static String render(BatchResult result) {
    StringBuilder md = new StringBuilder("# plancheck batch report\n\n## Fact sets\n\n");
    md.append("| # | Fact set | As of | Region | Outcome |\n| --- | --- | --- | --- | --- |\n");
    int n = 0;
    for (BatchResult.Entry e : result.entries()) {
      md.append("| ").append(++n).append(" | ").append(MarkdownText.cell(e.name())).append(" | ").append(BatchText.asOf(e))
          .append(" | ").append(MarkdownText.cell(BatchText.region(e))).append(" | ")
          .append(MarkdownText.cell(BatchText.outcome(e))).append(" |\n");
    }
    md.append("\n## Goals by fact set\n\nColumns are the fact sets numbered above.\n\n| Goal |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int i = 1; i <= result.entries().size(); i++) {
      md.append(' ').append(i).append(" |");
      rule.append(" --- |");
    }
    md.append('\n').append(rule).append('\n');
    for (GoalColumn column : result.columns()) {
      md.append("| ").append(MarkdownText.cell(column.label())).append(" |");
      for (BatchResult.Entry e : result.entries()) {
        md.append(' ').append(e.status(column)).append(" |");
      }
      md.append('\n');
    }
    if (!result.trajectories().isEmpty()) {
      md.append("\n## Trajectories\n\n| Region | Goal | Trajectory | Points | From | To | Observed | Needed | Ratio |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (Trajectory t : result.trajectories()) {
        md.append("| ").append(MarkdownText.cell(t.region())).append(" | ").append(MarkdownText.cell(t.label()))
            .append(" | ").append(t.trajectory())
            .append(" | ").append(t.points()).append(" | ").append(t.from()).append(" | ").append(t.to())
            .append(" | ").append(BatchText.plain(t.observedGrowth())).append(" | ")
            .append(BatchText.plain(t.neededGrowth())).append(" | ").append(BatchText.plain(t.ratio())).append(" |\n");
      }
    }
    return md.toString();
  }

}
