package org.plancheck.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.plancheck.Evaluator;
import org.plancheck.FactFormatException;
import org.plancheck.FactSet;
import org.plancheck.Goal;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.Trajectory;
import org.plancheck.sources.Urls;

/**
 * What a batch produced: one entry per fact set, the goals of the rules, and the trajectories
 * of the series the fact sets form.
 */
public record BatchResult(List<Entry> entries, List<Goal> goals, List<Trajectory> trajectories) {

  /**
   * One fact set's outcome: its report, or the error that stopped it.
   *
   * @param source where the fact set was read from: a path, or a URL
   * @param name the fact set's name, or its source while it could not be read
   * @param report the report, or null for a fact set that failed
   * @param error the located message of the failure, or null for a report
   */
  public record Entry(BatchSource source, String name, Report report, String error) {
    /** Requires a source and a name, and either a report or an error. */
    public Entry {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      if ((report == null) == (error == null)) {
        throw new IllegalArgumentException("an entry has either a report or an error: " + source);
      }
    }

    /** The entry of the fact set at the path {@code source}. */
    public Entry(Path source, String name, Report report, String error) {
      this(BatchSource.of(source), name, report, error);
    }

    /**
     * Reads the fact set at {@code source} within {@code limits} and evaluates it: the entry
     * with its report, or with the located message of what stopped it. Every engine evaluates
     * a fact set with this, so that errors read the same whichever ran.
     */
    public static Entry evaluate(Evaluator evaluator, Path source, Limits limits) {
      return evaluate(evaluator, BatchSource.of(source), () -> evaluator.read(source, limits));
    }

    /**
     * Like {@link #evaluate(Evaluator, Path, Limits)} for a path; a URL, which this JVM reads
     * as no file, is the entry's error, saying what reads one.
     */
    public static Entry evaluate(Evaluator evaluator, BatchSource source, Limits limits) {
      return evaluate(evaluator, source, () -> {
        if (source.isUrl()) {
          throw new FactFormatException(source.url(), 0, 0, null, Urls.notRead(Urls.scheme(source.url()),
              "by this engine"), null);
        }
        return evaluator.read(source.path(), limits);
      });
    }

    /**
     * Like {@link #evaluate(Evaluator, Path, Limits)}, for the fact set at {@code source} that
     * {@code read} reads, such as a register's fact set that an engine reads with a reader of
     * its own (Parquet on Spark, or at a URL).
     */
    public static Entry evaluate(Evaluator evaluator, BatchSource source, Supplier<FactSet> read) {
      // Until the fact set is read its name is unknown; its path says where the problem is.
      String name = source.toString();
      try {
        Report report = evaluator.evaluate(read.get());
        return new Entry(source, report.factSet().name(), report, null);
      } catch (PlancheckException e) {
        return new Entry(source, name, null, e.getMessage());
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        // A bug must not sink the other fact sets: report it as this one's error. A stack
        // overflow has unwound by now, and a missing or mismatched class or method (a
        // NoSuchMethodError from a library) breaks the code path, not the JVM.
        return new Entry(source, name, null, "internal error: " + e);
      } catch (OutOfMemoryError e) {
        // Going on is judged safe: what filled the heap was this fact set's facts and session,
        // referenced only from this task's stack, so they are garbage now; the rule base is
        // read-only while fact sets run. If the heap is truly exhausted, writing the reports
        // fails with another OutOfMemoryError, which ends the run with exit 3. Other JVM errors
        // (InternalError and the like) are not caught: they end the batch with exit 3.
        return new Entry(source, name, null, "out of memory while evaluating this fact set"
            + " (or one evaluated beside it); give Java more with PLANCHECK_JAVA_OPTS=-Xmx4g, or use --jobs 1");
      }
    }
  }

  /** Copies the lists. */
  public BatchResult {
    entries = List.copyOf(entries);
    goals = List.copyOf(goals);
    trajectories = List.copyOf(trajectories);
  }

  /** Returns how many fact sets failed (ERROR entries). */
  public long errors() {
    return entries.stream().filter(e -> e.report() == null).count();
  }

  /** Returns whether every fact set was evaluated and passes: each goal MET or PENDING. */
  public boolean passes() {
    return entries.stream().allMatch(e -> e.report() != null && e.report().passes());
  }
}
