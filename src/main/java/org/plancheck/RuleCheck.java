package org.plancheck;

import java.util.List;

/**
 * What checking a rules folder found: the goals its rules declare and every problem, errors
 * and warnings, in file and line order.
 *
 * @param goals the goals of the rules that compiled with good metadata, in rule-file order
 * @param problems every problem found, in file and line order
 * @param schema the fact kinds and group types the rules declare
 */
public record RuleCheck(List<Goal> goals, List<RuleProblem> problems, FactSchema schema) {

  /** Copies both lists. */
  public RuleCheck {
    goals = List.copyOf(goals);
    problems = List.copyOf(problems);
    java.util.Objects.requireNonNull(schema, "schema");
  }

  /** Returns whether any problem is an error, so that the rules cannot be used. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == RuleProblem.Severity.ERROR);
  }

  /** Returns the problems of {@code severity}. */
  public List<RuleProblem> problems(RuleProblem.Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }
}
