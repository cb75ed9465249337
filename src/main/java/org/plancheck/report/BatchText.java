package org.plancheck.report;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.Summary;
import org.plancheck.Trajectory;
import org.plancheck.batch.BatchResult;

/** The batch's plain-text summary: fact sets, the goals × fact sets matrix, trajectories, in {@code --lang}. */
public final class BatchText {
  private BatchText() {}

  static String render(BatchResult result, Lang lang) {
    StringBuilder text = new StringBuilder(lang.word("batch.factSetsTitle")).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.columns("batch.factSetColumns"));
    int n = 0;
    for (BatchResult.Entry e : result.entries()) {
      rows.add(new String[] {String.valueOf(++n), e.name(), asOf(e), region(e), outcome(e, lang)});
    }
    text.append(TextTable.render(rows));
    text.append('\n').append(lang.word("batch.matrixTitle")).append('\n').append(matrix(result, lang));
    if (!result.trajectories().isEmpty()) {
      text.append('\n').append(lang.word("batch.trajectoriesTitle")).append('\n')
          .append(trajectories(result.trajectories(), lang));
    }
    return text.toString();
  }

  /** The closing lines the batch command prints. */
  public static String tally(BatchResult result, java.nio.file.Path out, Lang lang) {
    long met = result.entries().stream().filter(e -> e.report() != null && e.report().passes()).count();
    long errors = result.errors();
    return lang.say("batch.tally", lang.count(result.entries().size(), "factSet"), met,
        result.entries().size() - met - errors, lang.count(errors, "error"), out, errors) + "\n";
  }

  private static String matrix(BatchResult result, Lang lang) {
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[result.entries().size() + 1];
    header[0] = lang.word("batch.goalColumn");
    for (int i = 0; i < result.entries().size(); i++) {
      header[i + 1] = String.valueOf(i + 1);
    }
    rows.add(header);
    for (GoalColumn column : GoalColumn.of(result.goals())) {
      String[] row = new String[header.length];
      row[0] = column.label();
      for (int i = 0; i < result.entries().size(); i++) {
        row[i + 1] = symbol(column.status(result.entries().get(i)));
      }
      rows.add(row);
    }
    return TextTable.render(rows);
  }

  private static String trajectories(List<Trajectory> trajectories, Lang lang) {
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.columns("batch.trajectoryColumns"));
    for (Trajectory t : trajectories) {
      rows.add(new String[] {t.region(), t.label(), lang.trajectory(t.trajectory()), String.valueOf(t.points()),
          t.from().toString(), t.to().toString(), plain(t.observedGrowth()), plain(t.neededGrowth()), plain(t.ratio())});
    }
    return TextTable.render(rows);
  }

  static String symbol(String status) {
    return switch (status) {
      case "MET" -> "+";
      case "MISSED" -> "x";
      case "PENDING" -> ".";
      case "UNKNOWN" -> "?";
      default -> "!";
    };
  }

  static String outcome(BatchResult.Entry e, Lang lang) {
    if (e.report() == null) {
      return lang.say("batch.error", e.error());
    }
    Summary s = e.report().summary();
    return lang.say("batch.outcome", s.met(), s.missed(), s.unknown(), TableReport.pending(s, lang));
  }

  static String asOf(BatchResult.Entry e) {
    return e.report() == null || e.report().factSet().asOf() == null ? "-" : e.report().factSet().asOf().toString();
  }

  static String region(BatchResult.Entry e) {
    return e.report() == null || e.report().factSet().region() == null ? "-" : e.report().factSet().region();
  }

  static String plain(java.math.BigDecimal d) {
    return d == null ? "-" : d.toPlainString();
  }
}
