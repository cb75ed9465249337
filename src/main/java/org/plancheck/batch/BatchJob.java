package org.plancheck.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.plancheck.Evaluator;
import org.plancheck.Limits;

/**
 * What a {@link BatchEngine} is asked to do: evaluate each source against the rules.
 *
 * @param evaluator the rules, compiled (or loaded from the cache) in this JVM, with the firing
 *     limit of {@code limits}
 * @param rules the folder the rules were read from, for an engine that ships their texts elsewhere
 * @param cacheFolder the compile cache the rules were loaded through, or null when none is used
 * @param sources the fact sets, in the order of the reports: paths, or URLs for an engine that reads them
 * @param limits the input limits each fact set is read within
 * @param jobs how many fact sets one JVM evaluates at once
 * @param master the cluster an engine that runs on one is to use ({@code --master}), or null for
 *     its default
 */
public record BatchJob(Evaluator evaluator, Path rules, Path cacheFolder, List<BatchSource> sources, Limits limits,
    int jobs, String master) {
  /** Requires everything but the cache folder, and at least one job; copies the sources. */
  public BatchJob {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(rules, "rules");
    sources = List.copyOf(sources);
    Objects.requireNonNull(limits, "limits");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
  }

  /** A job for an engine's default cluster, if it runs on one. */
  public BatchJob(Evaluator evaluator, Path rules, Path cacheFolder, List<BatchSource> sources, Limits limits,
      int jobs) {
    this(evaluator, rules, cacheFolder, sources, limits, jobs, null);
  }
}
