package org.plancheck.facts;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A column of decimals: whole numbers that fit in a long (revenues in yuan, counts) are kept
 * as longs, eight bytes a row, and summed and compared without a {@link BigDecimal}; any other
 * value (a fraction, a huge number, an absent one) is kept as it is, so nothing is rounded.
 */
final class DecimalColumn implements Column {
  private final long[] wholes;
  // Null when every value is whole; otherwise the values that are not, at their rows.
  private final Object[] others;

  private DecimalColumn(long[] wholes, Object[] others) {
    this.wholes = wholes;
    this.others = others;
  }

  @Override
  public Object get(int row) {
    if (others != null && others[row] != null) {
      return others[row] == Absent.VALUE ? null : others[row];
    }
    return BigDecimal.valueOf(wholes[row]);
  }

  /** Returns whether {@code d} is kept as a long: whole, and at most 18 digits. */
  static boolean fitsLong(BigDecimal d) {
    // Scale 0 only: 5E+3 or 5000.0 would come back as 5000 and print differently.
    return d.scale() == 0 && d.precision() <= 18;
  }

  /** Returns whether the value at {@code row} is a whole number read by {@link #whole}. */
  boolean isWhole(int row) {
    return others == null || others[row] == null;
  }

  /** Returns the value at {@code row} when {@link #isWhole} says it is whole. */
  long whole(int row) {
    return wholes[row];
  }

  @Override
  public Codes codes() {
    Object[] values = new Object[wholes.length];
    for (int row = 0; row < values.length; row++) {
      values[row] = get(row);
    }
    return PlainColumn.encode(values);
  }

  /** Marks an absent value, which a null in {@code others} cannot, as null there means whole. */
  private enum Absent { VALUE }

  /** Collects decimals, keeping scale-0 values that fit in a long as longs. */
  static final class Builder implements Column.Builder {
    private long[] wholes = new long[16];
    private Object[] others;
    private int size;

    @Override
    public void add(Object value) {
      if (size == wholes.length) {
        wholes = Arrays.copyOf(wholes, size * 2);
        if (others != null) {
          others = Arrays.copyOf(others, size * 2);
        }
      }
      BigDecimal d = (BigDecimal) value;
      if (d != null && fitsLong(d)) {
        wholes[size++] = d.longValueExact();
        return;
      }
      if (others == null) {
        others = new Object[wholes.length];
      }
      others[size++] = d == null ? Absent.VALUE : d;
    }

    @Override
    public Column build(int size) {
      return new DecimalColumn(Arrays.copyOf(wholes, size), others == null ? null : Arrays.copyOf(others, size));
    }
  }
}
