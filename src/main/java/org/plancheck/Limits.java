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

  /**
   * One of the limits, so that an error can say which was exceeded: messages name the setting
   * that raises it ({@link #setting()}), and a command line can name its own option instead.
   */
  public enum Limit {
    /** {@link Limits#maxFileBytes()}. */
    MAX_FILE_BYTES("Limits.maxFileBytes"),
    /** {@link Limits#maxRows()}. */
    MAX_ROWS("Limits.maxRows"),
    /** {@link Limits#maxFieldLength()}. */
    MAX_FIELD_LENGTH("Limits.maxFieldLength"),
    /** {@link Limits#maxJsonDepth()}. */
    MAX_JSON_DEPTH("Limits.maxJsonDepth"),
    /** {@link Limits#maxFirings()}, which {@link Evaluator#withMaxFirings(long)} sets. */
    MAX_FIRINGS("Evaluator.withMaxFirings");

    private final String setting;

    Limit(String setting) {
      this.setting = setting;
    }

    /** Returns the API setting that raises this limit, as error messages name it. */
    public String setting() {
      return setting;
    }
  }

  /** Returns these limits with {@code maxFirings} replaced. */
  public Limits withMaxFirings(long firings) {
    return new Limits(maxFileBytes, maxRows, maxFieldLength, maxJsonDepth, firings);
  }
}
