package org.plancheck;

import java.util.Optional;

/**
 * An evaluation that needed more rule firings than its limit ({@link Limits#maxFirings()}) and
 * was stopped. When one rule fired more than any other, and more than once, it is named: a rule
 * that inserts or changes facts its own conditions match loops. When none stands out, the rules
 * may simply need a higher limit, and no rule is blamed.
 */
public final class FiringLimitException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  private final long maxFirings;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param maxFirings the limit the evaluation went past
   * @param rule the rule that fired most, or null when no one rule stands out
   * @param ruleFirings how often {@code rule} fired; ignored when {@code rule} is null
   */
  public FiringLimitException(long maxFirings, String rule, long ruleFirings) {
    super(message(maxFirings, rule, ruleFirings), null, Limits.Limit.MAX_FIRINGS);
    this.maxFirings = maxFirings;
    this.rule = rule;
  }

  /** Returns the firing limit the evaluation went past. */
  public long maxFirings() {
    return maxFirings;
  }

  /** Returns the rule that fired more than any other and more than once, if one did. */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  private static String message(long maxFirings, String rule, long ruleFirings) {
    String raise = " (raise the limit with " + Limits.Limit.MAX_FIRINGS.setting() + " if the rules really need more)";
    if (rule == null) {
      return "the rules needed more than " + maxFirings + " rule firings and were stopped; no one rule fired"
          + " more than the others" + raise;
    }
    return "rule \"" + rule + "\" kept firing and was stopped after " + maxFirings + " rule firings, "
        + ruleFirings + " of them its own; a rule that inserts or changes facts its own conditions match loops"
        + raise;
  }
}
