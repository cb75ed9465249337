package org.plancheck;

/**
 * A problem plancheck reports to its user: bad rules, bad facts, or a rule that misbehaved.
 *
 * <p>Every subclass points to a place (a rule file position, a fact file position, or a rule
 * name) and its message is a plain sentence fit to show as is.
 */
public abstract class PlancheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message fit to show to a user. */
  protected PlancheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
