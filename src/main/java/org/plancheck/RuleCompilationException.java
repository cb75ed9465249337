package org.plancheck;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that do not compile, or whose goal metadata is wrong: every problem found. */
public final class RuleCompilationException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  private final List<RuleProblem> problems;

  /** Creates the exception from a non-empty list of problems. */
  public RuleCompilationException(List<RuleProblem> problems) {
    super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")), null);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule compilation failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in file and line order. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
