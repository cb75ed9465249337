package org.plancheck;

/**
 * A rule that misbehaved while evaluating a fact set: it threw, or it reported a result it
 * should not have (twice for one goal, or without being a goal rule).
 */
public final class RuleEvaluationException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  /** Creates the exception for the rule named {@code rule}. */
  public RuleEvaluationException(String rule, String message, Throwable cause) {
    super("rule \"" + rule + "\": " + message, cause);
    this.rule = rule;
  }

  /** Returns the name of the rule that misbehaved. */
  public String rule() {
    return rule;
  }
}
