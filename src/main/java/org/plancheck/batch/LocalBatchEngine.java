package org.plancheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plancheck.Evaluator;

/** The default engine, "local": the fact sets on a pool of {@code --jobs} threads in this JVM. */
public final class LocalBatchEngine implements BatchEngine {
  /** The name --engine takes for this engine, and its default. */
  public static final String NAME = "local";

  /** Creates the engine; {@link BatchEngines} makes the one the command line uses. */
  public LocalBatchEngine() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.empty();
  }

  @Override
  public List<BatchResult.Entry> evaluate(BatchJob job, Progress progress) throws InterruptedException {
    Evaluator evaluator = job.evaluator();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(job.jobs(), Math.max(job.sources().size(), 1)));
    try {
      List<Future<BatchResult.Entry>> futures = new ArrayList<>();
      for (var source : job.sources()) {
        futures.add(pool.submit(() -> {
          BatchResult.Entry entry = BatchResult.Entry.evaluate(evaluator, source, job.limits());
          progress.step(entry.report() == null);
          return entry;
        }));
      }
      List<BatchResult.Entry> entries = new ArrayList<>();
      for (Future<BatchResult.Entry> future : futures) {
        entries.add(result(future));
      }
      return entries;
    } finally {
      pool.shutdownNow();
    }
  }

  private static BatchResult.Entry result(Future<BatchResult.Entry> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Only the errors Entry.evaluate lets through, which end the batch with exit 3.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Entry.evaluate catches every exception", e.getCause());
    }
  }
}
