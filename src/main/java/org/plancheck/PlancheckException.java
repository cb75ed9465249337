package org.plancheck;

import java.util.Optional;

/**
 * A problem plancheck reports to its user: bad rules, bad facts, or a rule that misbehaved.
 *
 * <p>Every subclass points to a place (a rule file position, a fact file position, or a rule
 * name) and its message is a plain sentence fit to show as is.
 */
public abstract class PlancheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Limits.Limit limit;

  /** Creates the exception with a message fit to show to a user. */
  protected PlancheckException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /**
   * Creates the exception for input that exceeded {@code limit} (or null when no limit is
   * involved); the message names the limit's {@link Limits.Limit#setting() setting}.
   */
  protected PlancheckException(String message, Throwable cause, Limits.Limit limit) {
    super(message, cause);
    this.limit = limit;
  }

  /**
   * Returns the limit the input exceeded, when that is the problem: a command line can then
   * replace the {@link Limits.Limit#setting() setting} the message names with its own option.
   */
  public Optional<Limits.Limit> limit() {
    return Optional.ofNullable(limit);
  }
}
