package org.plancheck;

import java.util.Objects;

/**
 * Text that is not an amount of money as plancheck reads them ({@link Amounts#parse}): the
 * value, and what was expected. Readers turn it into a {@link FactFormatException} at the
 * value's file, line and field.
 */
public final class AmountFormatException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  private final String value;

  /**
   * Creates the exception.
   *
   * @param value the text that was read, as given
   * @param message what is wrong and what was expected, as a sentence
   */
  public AmountFormatException(String value, String message) {
    super(message, null);
    this.value = Objects.requireNonNullElse(value, "");
  }

  /** Returns the text that is not an amount. */
  public String value() {
    return value;
  }
}
