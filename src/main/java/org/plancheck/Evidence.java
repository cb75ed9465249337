package org.plancheck;

import java.util.List;

/**
 * The facts a goal counted: how many, and the ids of up to {@link #SAMPLE_SIZE} of them
 * (largest first for amounts).
 *
 * @param count how many facts the goal counted
 * @param sample ids of some counted facts, at most {@link #SAMPLE_SIZE}
 */
public record Evidence(long count, List<String> sample) {
  /** The most ids a sample holds. */
  public static final int SAMPLE_SIZE = 10;

  /** Evidence of nothing counted. */
  public static final Evidence NONE = new Evidence(0, List.of());

  /** Copies the sample; requires it to be no larger than the count or the sample size. */
  public Evidence {
    sample = List.copyOf(sample);
    if (count < 0 || sample.size() > Math.min(count, SAMPLE_SIZE)) {
      throw new IllegalArgumentException(
          "evidence sample of " + sample.size() + " ids does not fit a count of " + count);
    }
  }
}
