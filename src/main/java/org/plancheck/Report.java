package org.plancheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plancheck.report.ReportJson;

/**
 * Every goal's outcome on one fact set, in rule-file order. Immutable.
 *
 * @param factSet what the fact set describes
 * @param rules the fingerprint of the rules that produced the report ({@link
 *     Evaluator#rulesFingerprint()})
 * @param goals one result per goal declared in the rules, or per goal and scope for a goal with
 *     {@code @scopes}
 * @param summary the counts by status
 */
public record Report(FactSetInfo factSet, String rules, List<GoalResult> goals, Summary summary) {

  /**
   * Copies the goals; requires the rules' fingerprint, each goal (and scope) once and a summary
   * that matches them.
   */
  public Report {
    Objects.requireNonNull(factSet, "factSet");
    Objects.requireNonNull(rules, "rules");
    goals = List.copyOf(goals);
    if (goals.stream().map(g -> List.of(g.id(), String.valueOf(g.scope()))).distinct().count() != goals.size()) {
      throw new IllegalArgumentException("a report holds each goal (and each of its scopes) once");
    }
    if (!Summary.of(goals).equals(summary)) {
      throw new IllegalArgumentException("summary " + summary + " does not match the goals");
    }
  }

  /** Creates a report, computing its summary. */
  public Report(FactSetInfo factSet, String rules, List<GoalResult> goals) {
    this(factSet, rules, goals, Summary.of(goals));
  }

  /**
   * Returns the result of the goal with {@code id}, if the rules declare it; for a goal with
   * {@code @scopes}, the result of its first scope ({@link #results(String)} has them all).
   */
  public Optional<GoalResult> goal(String id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** Returns the result of the goal with {@code id} for {@code scope} (null when unscoped). */
  public Optional<GoalResult> goal(String id, String scope) {
    return goals.stream().filter(g -> g.id().equals(id) && Objects.equals(g.scope(), scope)).findFirst();
  }

  /** Returns every result of the goal with {@code id}: one, or one per scope. */
  public List<GoalResult> results(String id) {
    return goals.stream().filter(g -> g.id().equals(id)).toList();
  }

  /** Returns the results with {@code status}, in report order. */
  public List<GoalResult> withStatus(Status status) {
    return goals.stream().filter(g -> g.status() == status).toList();
  }

  /** Returns the goals MET, in report order. */
  public List<GoalResult> met() {
    return withStatus(Status.MET);
  }

  /** Returns the goals MISSED, in report order. */
  public List<GoalResult> missed() {
    return withStatus(Status.MISSED);
  }

  /** Returns the goals PENDING (not due yet), in report order. */
  public List<GoalResult> pending() {
    return withStatus(Status.PENDING);
  }

  /** Returns the goals UNKNOWN, in report order. */
  public List<GoalResult> unknown() {
    return withStatus(Status.UNKNOWN);
  }

  /** Returns whether every goal is MET. */
  public boolean allMet() {
    return summary.met() == summary.total();
  }

  /** Returns whether every goal is MET or PENDING: nothing due was missed or left unknown. */
  public boolean passes() {
    return summary.met() + summary.pending() == summary.total();
  }

  /** Returns the report as the JSON document described in the README, ending in a newline. */
  public String toJson() {
    return ReportJson.write(this);
  }
}
