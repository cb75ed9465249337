package org.plancheck.cli;

import java.nio.file.Path;
import java.util.List;
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
    /** Returns the goal's status word: MET, MISSED, UNKNOWN, or ERROR for a failed fact set. */
    String status(String goal) {
      return report == null ? "ERROR" : result(goal).map(r -> r.status().name()).orElse("UNKNOWN");
    }

    Optional<GoalResult> result(String goal) {
      return report == null ? Optional.empty() : report.goal(goal);
    }
  }

  BatchResult {
    entries = List.copyOf(entries);
    goals = List.copyOf(goals);
    trajectories = List.copyOf(trajectories);
  }

  /** Returns the trajectory of {@code goal} in the series of {@code entry}'s region, if any. */
  Optional<Trajectory> trajectory(Entry entry, String goal) {
    if (entry.report() == null || entry.report().factSet().asOf() == null) {
      return Optional.empty();
    }
    String region = Trajectories.regionOf(entry.report().factSet());
    return trajectories.stream().filter(t -> t.region().equals(region) && t.goal().equals(goal)).findFirst();
  }

  long errors() {
    return entries.stream().filter(e -> e.report() == null).count();
  }

  boolean allMet() {
    return entries.stream().allMatch(e -> e.report() != null && e.report().allMet());
  }
}
