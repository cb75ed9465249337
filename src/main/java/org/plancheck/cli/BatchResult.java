package org.plancheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Report;
import org.plancheck.Trajectories;
import org.plancheck.Trajectory;

/**
 * What a batch produced: one entry per fact set, the goals of the rules, and the trajectories
 * of the series the fact sets form.
 */
record BatchResult(List<Entry> entries, List<Goal> goals, List<Trajectory> trajectories) {

  /** One fact set's outcome: its report, or the error that stopped it. */
  record Entry(Path source, String name, Report report, String error) {
    /** Returns the column's status word: MET, MISSED, PENDING, UNKNOWN, or ERROR for a failed fact set. */
    String status(GoalColumn column) {
      return report == null ? "ERROR" : result(column).map(r -> r.status().name()).orElse("UNKNOWN");
    }

    Optional<GoalResult> result(GoalColumn column) {
      return report == null ? Optional.empty() : report.goal(column.goal().id(), column.scope());
    }
  }

  BatchResult {
    entries = List.copyOf(entries);
    goals = List.copyOf(goals);
    trajectories = List.copyOf(trajectories);
  }

  /** Returns the columns: each goal, or each scope of a goal with scopes. */
  List<GoalColumn> columns() {
    return GoalColumn.of(goals);
  }

  /** Returns the trajectory of {@code column} in the series of {@code entry}'s region, if any. */
  Optional<Trajectory> trajectory(Entry entry, GoalColumn column) {
    if (entry.report() == null || entry.report().factSet().asOf() == null) {
      return Optional.empty();
    }
    String region = Trajectories.regionOf(entry.report().factSet());
    return trajectories.stream().filter(t -> t.region().equals(region) && t.goal().equals(column.goal().id())
        && Objects.equals(t.scope(), column.scope())).findFirst();
  }

  long errors() {
    return entries.stream().filter(e -> e.report() == null).count();
  }

  boolean passes() {
    return entries.stream().allMatch(e -> e.report() != null && e.report().passes());
  }
}
