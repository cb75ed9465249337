package org.plancheck;

/**
 * How much plancheck accepts before it refuses, so that a hostile or broken input ends in a
 * clear error rather than exhausting memory or looping forever. Every limit is a positive
 * number; {@link #DEFAULT} suits registers of several million enterprises.
 *
 * @param maxFileBytes the largest fact file read, in bytes
 * @param maxRows the most rows (or JSON objects) one fact file may hold
 * @param maxFieldLength the longest value one cell or JSON field may hold, in characters
 * @param maxJsonDepth the deepest nesting of arrays and objects a JSON file may have
 * @param maxFirings the most rule firings one evaluation may make before it is stopped
 */
public record Limits(long maxFileBytes, int maxRows, int maxFieldLength, int maxJsonDepth, long maxFirings) {
  /** 2 GiB files, 10 million rows, 10,000-character fields, depth 32, 10 million firings. */
  public static final Limits DEFAULT = new Limits(2L << 30, 10_000_000, 10_000, 32, 10_000_000);

  /** Requires every limit to be positive. */
  public Limits {
    if (maxFileBytes < 1 || maxRows < 1 || maxFieldLength < 1 || maxJsonDepth < 1 || maxFirings < 1) {
      throw new IllegalArgumentException("every limit must be at least 1, got maxFileBytes=" + maxFileBytes
          + ", maxRows=" + maxRows + ", maxFieldLength=" + maxFieldLength + ", maxJsonDepth=" + maxJsonDepth
          + ", maxFirings=" + maxFirings);
    }
  }

  /** Returns these limits with {@code maxFirings} replaced. */
  public Limits withMaxFirings(long firings) {
    return new Limits(maxFileBytes, maxRows, maxFieldLength, maxJsonDepth, firings);
  }
}
