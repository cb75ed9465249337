package org.plancheck.facts;

import java.math.BigDecimal;

/**
 * Amounts of whole yuan carried as longs beside a fact's values, from the reader to the sink
 * that sums them, so that a register's millions of amounts need no BigDecimal until summed.
 * Where a fact's values hold {@link #WHOLE}, the amount is the long at the same index of the
 * array of wholes given with them. A BigDecimal is made only of a fact kept
 * ({@link #decimals}), and it is the one the amount's text would have been read as. Where no
 * value is {@link #WHOLE}, the array of wholes may be null.
 */
public final class WholeAmounts {
  /** Stands among a fact's values for an amount held as a long beside them. */
  public static final Object WHOLE = new Object() {
    @Override
    public String toString() {
      return "(whole amount)";
    }
  };

  private WholeAmounts() {}

  /** Returns {@code value}, from index {@code i} of values given with {@code wholes}, as a BigDecimal when it is {@link #WHOLE}. */
  public static Object value(Object value, long[] wholes, int i) {
    return value == WHOLE ? BigDecimal.valueOf(wholes[i]) : value;
  }

  /**
   * Returns {@code values} with each {@link #WHOLE} made the BigDecimal of its long in {@code
   * wholes}: a copy when there was one, else the array itself.
   */
  public static Object[] decimals(Object[] values, long[] wholes) {
    Object[] decimals = values;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == WHOLE) {
        if (decimals == values) {
          decimals = values.clone();
        }
        decimals[i] = BigDecimal.valueOf(wholes[i]);
      }
    }
    return decimals;
  }
}
