package org.plancheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Trajectory;
import org.plancheck.batch.BatchResult;

/**
 * One row of a batch in a table: a fact set and a goal (or one scope of it). The CSV summary
 * and any columnar report (Parquet) are these rows, so they always agree.
 *
 * @param factSet the fact set's name
 * @param source where the fact set was read from
 * @param asOf the fact set's date, or null
 * @param region the fact set's region, or null
 * @param goal the goal's id
 * @param scope the scope, or null for a goal measured once
 * @param status MET, MISSED, PENDING, UNKNOWN, or ERROR for a fact set that failed
 * @param comparator the goal's comparison symbol, such as "&gt;="
 * @param target the target it was judged against, or null without a result
 * @param targetDate the date of that target, or null without a result
 * @param actual the measured value, or null
 * @param unit the goal's unit
 * @param gap actual minus target, or null
 * @param progress actual over target, or null
 * @param trajectory the trajectory class of the goal in the fact set's series, or null
 * @param error the located message of a failed fact set, or null
 */
public record BatchRow(String factSet, String source, LocalDate asOf, String region, String goal, String scope,
    String status, String comparator, BigDecimal target, LocalDate targetDate, BigDecimal actual, String unit,
    BigDecimal gap, BigDecimal progress, String trajectory, String error) {
  /** The column names, in order: those of summary.csv. */
  public static final List<String> COLUMNS = List.of("factSet", "source", "asOf", "region", "goal", "scope",
      "status", "comparator", "target", "targetDate", "actual", "unit", "gap", "progress", "trajectory", "error");

  /** Requires the fact set, source, goal, status, comparator and unit. */
  public BatchRow {
    Objects.requireNonNull(factSet, "factSet");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(unit, "unit");
  }

  /** Returns the rows of {@code result}: for each fact set in order, each goal column in order. */
  public static List<BatchRow> of(BatchResult result) {
    List<GoalColumn> columns = GoalColumn.of(result.goals());
    List<BatchRow> rows = new ArrayList<>();
    for (BatchResult.Entry e : result.entries()) {
      LocalDate asOf = e.report() == null ? null : e.report().factSet().asOf();
      String region = e.report() == null ? null : e.report().factSet().region();
      for (GoalColumn column : columns) {
        Goal goal = column.goal();
        GoalResult r = column.result(e).orElse(null);
        String trajectory = column.trajectory(result, e).map(Trajectory::trajectory).map(Enum::name).orElse(null);
        rows.add(new BatchRow(e.name(), e.source().toString(), asOf, region, goal.id(), column.scope(),
            column.status(e), goal.comparison().symbol(), r == null ? null : r.target(),
            r == null ? null : r.targetDate(), r == null ? null : r.actual(), goal.unit(), r == null ? null : r.gap(),
            r == null ? null : r.progress(), trajectory, e.error()));
      }
    }
    return rows;
  }
}
