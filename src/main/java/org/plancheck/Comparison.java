package org.plancheck;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A goal's comparator, as written in a rule's {@code @comparator} annotation.
 *
 * <p>Decides whether an actual value meets a target and how far it is from meeting it.
 */
public enum Comparison {
  /** Strictly greater: "exceed", "over". */
  GREATER(">", "more than"),
  /** Greater or equal: "reach", "at least", quotas. */
  AT_LEAST(">=", "at least"),
  /** Strictly less. */
  LESS("<", "less than"),
  /** Less or equal: "at most", "no more than". */
  AT_MOST("<=", "at most"),
  /** Exactly equal, compared by numeric value (so 1.0 equals 1). */
  EQUAL("=", "exactly");

  private final String symbol;
  private final String words;

  Comparison(String symbol, String words) {
    this.symbol = symbol;
    this.words = words;
  }

  /** Returns the comparison in words for prose: "more than", "at least", ... */
  public String inWords() {
    return words;
  }

  /** Returns the symbol written in rules and reports, such as {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the comparison written as {@code symbol}, or empty when there is none. */
  public static Optional<Comparison> ofSymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }

  /** Returns whether {@code actual} meets {@code target} under this comparison. */
  public boolean holds(BigDecimal actual, BigDecimal target) {
    int c = actual.compareTo(target);
    return switch (this) {
      case GREATER -> c > 0;
      case AT_LEAST -> c >= 0;
      case LESS -> c < 0;
      case AT_MOST -> c <= 0;
      case EQUAL -> c == 0;
    };
  }

  /** Returns whether the comparison is strict ({@code >} or {@code <}): the target itself misses. */
  public boolean isStrict() {
    return this == GREATER || this == LESS;
  }

  /**
   * Returns whether a gap under this comparison, with {@code step}, is a bound to be exceeded
   * rather than an amount that suffices: a strict comparison on a unit without a smallest step
   * (percent). At 50 against "> 50 percent" the gap is 0, and more than 0 is needed; no amount
   * is exactly enough.
   */
  public boolean gapIsExclusive(BigDecimal step) {
    return isStrict() && step.signum() == 0;
  }

  /**
   * Returns what must still change for {@code actual} to meet {@code target}: zero when it
   * holds, otherwise a positive amount.
   *
   * <p>A strict comparison needs more than the difference; {@code step} is the smallest change
   * the unit allows (one enterprise, one fen), added so that a miss by nothing reads as a miss
   * by one step rather than as zero. Where the unit has no step, the gap is the distance and
   * must be exceeded: see {@link #gapIsExclusive}.
   */
  public BigDecimal gap(BigDecimal actual, BigDecimal target, BigDecimal step) {
    if (holds(actual, target)) {
      return BigDecimal.ZERO;
    }
    BigDecimal distance = target.subtract(actual).abs();
    return isStrict() ? distance.add(step) : distance;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
