package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import org.plancheck.facts.FactTable;

/**
 * One {@code @sum} field's sum in every group, added up exactly as values come, from a table
 * or as facts are read: whole amounts as longs (a BigDecimal only when a sum outgrows a long),
 * any other value as it is. The first overflow of an int or long field is kept and thrown when
 * the sums are read, so that it never hides a problem reading finds later.
 */
final class SumColumn {
  private long[] wholes;
  private boolean[] anyWhole;
  // Per group, the values that are not whole longs, and whole sums that outgrew a long.
  private Object[] rests;
  private ArithmeticException overflow;

  SumColumn(int groups) {
    int length = Math.max(groups, 1);
    wholes = new long[length];
    anyWhole = new boolean[length];
    rests = new Object[length];
  }

  /** Makes room for group numbers below {@code groups}. */
  void grow(int groups) {
    if (groups > wholes.length) {
      int length = Math.max(groups, wholes.length * 2);
      wholes = Arrays.copyOf(wholes, length);
      anyWhole = Arrays.copyOf(anyWhole, length);
      rests = Arrays.copyOf(rests, length);
    }
  }

  /** Adds {@code value} (a BigDecimal, Integer or Long, or null for none) to group {@code g}. */
  void add(int g, Object value) {
    if (value instanceof BigDecimal d && FactTable.Wholes.fitsLong(d)) {
      addWhole(g, d.longValueExact());
    } else if (overflow == null) {
      try {
        rests[g] = add(rests[g], value);
      } catch (ArithmeticException e) {
        overflow = e;
      }
    }
  }

  /** Adds a whole amount to group {@code g}. */
  void addWhole(int g, long value) {
    long sum = wholes[g] + value;
    // Overflow when both addends share a sign the sum lacks (Math.addExact, without a throw).
    if (((wholes[g] ^ sum) & (value ^ sum)) < 0) {
      rests[g] = add(rests[g], BigDecimal.valueOf(wholes[g]).add(BigDecimal.valueOf(value)));
      sum = 0;
    }
    wholes[g] = sum;
    anyWhole[g] = true;
  }

  /**
   * Adds group {@code from}'s sum in {@code later} to group {@code g}'s here: the sums of two
   * parts of one file, exact whatever the order, for amounts. (An int or long sum's overflow
   * depends on the order its values come in: {@link StreamedKind#splittable} says a kind with
   * one is not read in parts.)
   */
  void merge(int g, SumColumn later, int from) {
    if (later.anyWhole[from]) {
      addWhole(g, later.wholes[from]);
    }
    if (overflow == null) {
      try {
        rests[g] = add(rests[g], later.rests[from]);
      } catch (ArithmeticException e) {
        overflow = e;
      }
    }
    if (overflow == null) {
      overflow = later.overflow;
    }
  }

  /** Returns the first overflow of an int or long sum, or null. */
  ArithmeticException overflow() {
    return overflow;
  }

  /** Returns group {@code g}'s sum, null when it had no value. */
  Object sum(int g) {
    // Added only when some value was whole: a zero of scale 0 would change the sum's scale.
    return anyWhole[g] ? add(rests[g], BigDecimal.valueOf(wholes[g])) : rests[g];
  }

  /** Adds whole numbers exactly, failing loudly on overflow. */
  private static Object add(Object sum, Object value) {
    if (value == null) {
      return sum;
    }
    if (sum == null) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return ((BigDecimal) sum).add(d);
    }
    if (value instanceof Long l) {
      return Math.addExact((Long) sum, l);
    }
    return Math.addExact((Integer) sum, (Integer) value);
  }
}
