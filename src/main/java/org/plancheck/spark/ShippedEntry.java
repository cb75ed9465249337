package org.plancheck.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plancheck.Evidence;
import org.plancheck.FactSetInfo;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Report;
import org.plancheck.Status;
import org.plancheck.batch.BatchResult;
import org.plancheck.batch.BatchSource;

/**
 * One fact set's entry as it comes back from an executor: plain values (goals by id, the source
 * as text), since a report holds rule metadata and facts that are not serializable and need not
 * travel. The driver rebuilds the entry with its own goals ({@link #toEntry}).
 *
 * <p>What stays on the executor is each result's counted facts ({@link GoalResult#counted()},
 * possibly millions of enterprises): the batch reports show a goal's evidence (the count and a
 * sample of ids), which does travel, and never the facts themselves.
 *
 * @param source the fact set's path, as text
 * @param name the fact set's name, or its source when it could not be read
 * @param report the report's values, or null for a fact set that failed
 * @param error the located message of the failure, or null
 */
record ShippedEntry(String source, String name, ShippedReport report, String error) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A report's values: the fact set, the rules' fingerprint and each goal's result. */
  record ShippedReport(String name, LocalDate asOf, String region, String rules, List<ShippedResult> goals)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    ShippedReport {
      goals = List.copyOf(goals);
    }
  }

  /** A goal result's values, with the goal by id and its counted facts left out. */
  record ShippedResult(String goal, String scope, Status status, BigDecimal target, LocalDate targetDate,
      BigDecimal actual, BigDecimal gap, BigDecimal progress, String reason, long evidenceCount,
      List<String> sample, List<String> missing) implements Serializable {
    private static final long serialVersionUID = 1L;

    ShippedResult {
      sample = List.copyOf(sample);
      missing = List.copyOf(missing);
    }
  }

  /** Takes the values of {@code entry} for the way back to the driver. */
  static ShippedEntry of(BatchResult.Entry entry) {
    Report r = entry.report();
    ShippedReport report = r == null ? null : new ShippedReport(r.factSet().name(), r.factSet().asOf(),
        r.factSet().region(), r.rules(), r.goals().stream().map(ShippedEntry::result).toList());
    return new ShippedEntry(entry.source().toString(), entry.name(), report, entry.error());
  }

  private static ShippedResult result(GoalResult g) {
    return new ShippedResult(g.goal().id(), g.scope(), g.status(), g.target(), g.targetDate(), g.actual(), g.gap(),
        g.progress(), g.reason(), g.evidence().count(), g.evidence().sample(), g.missing());
  }

  /**
   * Rebuilds the entry on the driver, for the fact set at {@code source}, with the goals of the
   * driver's rules by id (the executors compiled the same rules: the fingerprints were checked).
   */
  BatchResult.Entry toEntry(BatchSource source, Map<String, Goal> byId) {
    if (report == null) {
      return new BatchResult.Entry(source, name, null, error);
    }
    List<GoalResult> results = report.goals().stream().map(g -> new GoalResult(goal(byId, g.goal()), g.scope(),
        g.status(), g.target(), g.targetDate(), g.actual(), g.gap(), g.progress(), g.reason(),
        new Evidence(g.evidenceCount(), g.sample()), List.of(), g.missing())).toList();
    Report rebuilt = new Report(new FactSetInfo(report.name(), report.asOf(), report.region()), report.rules(), results);
    return new BatchResult.Entry(source, name, rebuilt, null);
  }

  private static Goal goal(Map<String, Goal> byId, String id) {
    Goal goal = byId.get(id);
    if (goal == null) {
      throw new IllegalStateException("an executor reported goal " + id + ", which the driver's rules do not declare");
    }
    return goal;
  }
}
