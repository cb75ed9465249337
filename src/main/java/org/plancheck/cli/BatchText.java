package org.plancheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.Goal;
import org.plancheck.Summary;
import org.plancheck.Trajectory;

/** The batch's plain-text summary: fact sets, the goals × fact sets matrix, trajectories. */
final class BatchText {
  private BatchText() {}

  static String render(BatchResult result) {
    StringBuilder text = new StringBuilder("FACT SETS\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "FACT SET", "AS OF", "REGION", "OUTCOME"});
    int n = 0;
    for (BatchResult.Entry e : result.entries()) {
      rows.add(new String[] {String.valueOf(++n), e.name(), asOf(e), region(e), outcome(e)});
    }
    text.append(TextTable.render(rows));
    text.append("\nGOALS x FACT SETS (+ met, x missed, . pending, ? unknown, ! error)\n").append(matrix(result));
    if (!result.trajectories().isEmpty()) {
      text.append("\nTRAJECTORIES (goals not yet reached, by region)\n").append(trajectories(result.trajectories()));
    }
    return text.toString();
  }

  /** The closing lines the batch command prints. */
  static String tally(BatchResult result, java.nio.file.Path out) {
    long met = result.entries().stream().filter(e -> e.report() != null && e.report().passes()).count();
    long errors = result.errors();
    return Words.count(result.entries().size(), "fact set") + ": " + met + " with every goal met or pending, "
        + (result.entries().size() - met - errors) + " with goals missed or unknown, "
        + Words.count(errors, "error") + "\nreports in " + out + "\n";
  }

  private static String matrix(BatchResult result) {
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[result.entries().size() + 1];
    header[0] = "GOAL";
    for (int i = 0; i < result.entries().size(); i++) {
      header[i + 1] = String.valueOf(i + 1);
    }
    rows.add(header);
    for (GoalColumn column : result.columns()) {
      String[] row = new String[header.length];
      row[0] = column.label();
      for (int i = 0; i < result.entries().size(); i++) {
        row[i + 1] = symbol(result.entries().get(i).status(column));
      }
      rows.add(row);
    }
    return TextTable.render(rows);
  }

  private static String trajectories(List<Trajectory> trajectories) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"REGION", "GOAL", "TRAJECTORY", "POINTS", "FROM", "TO", "OBSERVED", "NEEDED", "RATIO"});
    for (Trajectory t : trajectories) {
      rows.add(new String[] {t.region(), t.label(), t.trajectory().name(), String.valueOf(t.points()),
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

  static String outcome(BatchResult.Entry e) {
    if (e.report() == null) {
      return "ERROR: " + e.error();
    }
    Summary s = e.report().summary();
    return s.met() + " met, " + s.missed() + " missed, " + (s.pending() == 0 ? "" : s.pending() + " pending, ")
        + s.unknown() + " unknown";
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
