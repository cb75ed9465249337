package org.plancheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plancheck.Goal;

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
}
