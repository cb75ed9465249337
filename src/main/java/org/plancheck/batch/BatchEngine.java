package org.plancheck.batch;

import java.util.List;
import java.util.Optional;
import org.plancheck.FactFormatException;
import org.plancheck.PlancheckException;
import org.plancheck.sources.Urls;

/**
 * A way to run a batch: evaluates every fact set of a {@link BatchJob} and returns one entry per
 * fact set, in the job's order. {@code batch --engine NAME} picks one by {@link #name()} among
 * those found with {@link java.util.ServiceLoader} ({@link BatchEngines}); the command then
 * writes the same reports whichever engine ran.
 *
 * <p>An engine never fails the batch for one fact set: a fact set that cannot be read or
 * evaluated is an entry with its error ({@link BatchResult.Entry#evaluate}), and the others go on.
 */
public interface BatchEngine {
  /** Returns the name {@code --engine} takes, such as "local" or "spark". */
  String name();

  /**
   * Returns why this engine cannot run in this JVM, as a sentence saying how to make it run
   * (such as a library missing from the class path), or empty when it can.
   */
  Optional<String> unavailable();

  /**
   * Returns the fact sets at or under {@code url}, a URL as written ({@code
   * s3a://bucket/registers}), for an engine that reads URLs through a library of its own; the
   * sources of a path are {@link org.plancheck.FactSets#discover}'s. By default a URL is refused:
   * an engine that reads files reads none.
   *
   * @throws PlancheckException naming the URL, saying why it is not read or what stopped the search
   */
  default List<BatchSource> discover(String url) {
    String scheme = Urls.scheme(url);
    throw new FactFormatException(url, 0, 0, null, scheme == null ? "not a URL (scheme://...)"
        : Urls.notRead(scheme, "by the " + name() + " engine"), null);
  }

  /**
   * Evaluates every fact set of {@code job}, calling {@code progress} once per finished fact set.
   *
   * @return one entry per source of the job, in the job's order
   * @throws InterruptedException when the thread is interrupted while fact sets run
   */
  List<BatchResult.Entry> evaluate(BatchJob job, Progress progress) throws InterruptedException;

  /** Told of each finished fact set, from any thread. */
  @FunctionalInterface
  interface Progress {
    /** Counts one finished fact set; {@code failed} when it is an ERROR entry. */
    void step(boolean failed);
  }
}
