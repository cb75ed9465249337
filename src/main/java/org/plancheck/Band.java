package org.plancheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Revenue and scale bands as Chinese statistical usage reads them: exclusive, so an amount
 * belongs to exactly one band.
 *
 * <p>Rules use {@link #contains} for the exclusive reading. A rule whose plan means "at least
 * this band" uses {@link #reaches} instead, which counts an amount in its own band and every
 * band below it.
 */
public enum Band {
  /** 千亿级: at least 100 billion yuan. */
  HUNDREDS_OF_BILLIONS(new BigDecimal("100000000000"), null),
  /** 百亿级: at least 10 billion and under 100 billion yuan. */
  TENS_OF_BILLIONS(new BigDecimal("10000000000"), new BigDecimal("100000000000")),
  /** 十亿级: at least 1 billion and under 10 billion yuan. */
  BILLIONS(new BigDecimal("1000000000"), new BigDecimal("10000000000"));

  private final BigDecimal lower;
  private final BigDecimal upper;

  Band(BigDecimal lower, BigDecimal upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /** Returns the band's inclusive lower bound in yuan. */
  public BigDecimal lower() {
    return lower;
  }

  /** Returns whether {@code amount} lies in this band: lower bound included, upper excluded. */
  public boolean contains(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return reaches(amount) && (upper == null || amount.compareTo(upper) < 0);
  }

  /** Returns whether {@code amount} is at least this band's lower bound. */
  public boolean reaches(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return amount.compareTo(lower) >= 0;
  }
}
