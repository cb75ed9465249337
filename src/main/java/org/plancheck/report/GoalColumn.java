package org.plancheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Trajectories;
import org.plancheck.Trajectory;
import org.plancheck.batch.BatchResult;

/**
 * One column of the batch reports: a goal measured once, or one scope of a goal with
 * {@code @scopes}.
 *
 * @param goal the goal
 * @param scope the scope, null for a goal measured once
 */
record GoalColumn(Goal goal, String scope) {
  GoalColumn {
    Objects.requireNonNull(goal, "goal");
  }

  /** Returns the columns of {@code goals}, in order, a scoped goal's scopes in its order. */
  static List<GoalColumn> of(List<Goal> goals) {
    List<GoalColumn> columns = new ArrayList<>();
    for (Goal goal : goals) {
      if (!goal.isScoped()) {
        columns.add(new GoalColumn(goal, null));
      }
      goal.scopes().forEach(scope -> columns.add(new GoalColumn(goal, scope)));
    }
    return columns;
  }

  /** Returns the goal's id, with the scope in brackets when there is one: "D-SCALE[Pudong]". */
  String label() {
    return goal.label(scope);
  }

  /** Returns this column's status word in {@code entry}: MET, MISSED, PENDING, UNKNOWN, or ERROR for a failed fact set. */
  String status(BatchResult.Entry entry) {
    return entry.report() == null ? "ERROR" : result(entry).map(r -> r.status().name()).orElse("UNKNOWN");
  }

  /** Returns this column's result in {@code entry}, empty for a failed fact set or a goal it lacks. */
  Optional<GoalResult> result(BatchResult.Entry entry) {
    return entry.report() == null ? Optional.empty() : entry.report().goal(goal.id(), scope);
  }

  /** Returns this column's trajectory in the series of {@code entry}'s region, if any. */
  Optional<Trajectory> trajectory(BatchResult batch, BatchResult.Entry entry) {
    if (entry.report() == null || entry.report().factSet().asOf() == null) {
      return Optional.empty();
    }
    String region = Trajectories.regionOf(entry.report().factSet());
    return batch.trajectories().stream().filter(t -> t.region().equals(region) && t.goal().equals(goal.id())
        && Objects.equals(t.scope(), scope)).findFirst();
  }
}
