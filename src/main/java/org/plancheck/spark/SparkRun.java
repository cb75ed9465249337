package org.plancheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.sql.SparkSession;
import org.plancheck.Goal;
import org.plancheck.RuleCompilationException;
import org.plancheck.RuleProblem;
import org.plancheck.batch.BatchEngine;
import org.plancheck.batch.BatchJob;
import org.plancheck.batch.BatchResult;
import org.plancheck.batch.BatchSource;
import scala.Option;

/**
 * A batch on Spark: the fact-set paths become an RDD, each partition is evaluated on an executor
 * ({@link FactSetTask}) and the entries are collected in the order of the paths. A fact set of a
 * partitioned register is one such path: the task that gets it reads all its part files, so its
 * rows come together on one executor without travelling.
 */
final class SparkRun {
  /** At most this many tasks: one per fact set below it, so a large fact set delays only itself. */
  private static final int MAX_TASKS = 10_000;

  private SparkRun() {}

  /**
   * Runs {@code job} on the running Spark session, or else on one of its own (the job's master,
   * else {@code local[jobs]} or the master that spark-submit set), stopped at the end.
   *
   * @throws RuleCompilationException when the rules folder changed since the job's rules were compiled
   * @throws SparkMasterException when the job names a master other than the running session's
   */
  static List<BatchResult.Entry> evaluate(BatchJob job, BatchEngine.Progress progress) {
    Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined() && job.master() != null && !job.master().equals(running.get().sparkContext().master())) {
      throw new SparkMasterException(job.master(), running.get().sparkContext().master());
    }
    SparkSession spark = running.isDefined() ? running.get() : start(job.jobs(), job.master());
    try {
      boolean local = spark.sparkContext().isLocal();
      // In local mode the executors share this machine, and so the driver's compile cache.
      ShippedRules rules = ShippedRules.read(job.rules(), local ? job.cacheFolder() : null);
      if (!rules.fingerprint().equals(job.evaluator().rulesFingerprint())) {
        throw new RuleCompilationException(List.of(new RuleProblem(job.rules(), 0, 0, RuleProblem.Severity.ERROR,
            "the rule files changed while the batch started; run it again")));
      }
      List<FactSetTask.Source> paths = job.sources().stream().map(FactSetTask.Source::of).toList();
      int tasks = Math.max(1, Math.min(paths.size(), MAX_TASKS));
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // Executors read URLs with the driver's Hadoop settings (spark.hadoop.*), sent once, not per task.
      Broadcast<SerializableConfiguration> hadoop = job.sources().stream().noneMatch(BatchSource::isUrl) ? null
          : context.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
      List<ShippedEntry> shipped;
      try {
        shipped = context.parallelize(paths, tasks).mapPartitions(new FactSetTask(rules, job.limits(), hadoop))
            .collect();
      } catch (IllegalStateException e) {
        // Spark gave up on its cluster (unreachable: "SparkContext has been shutdown"); each fact
        // set's own failures are entries, never exceptions.
        throw new SparkMasterException(spark.sparkContext().master(), "run the batch", e);
      }
      if (shipped.size() != paths.size()) {
        throw new IllegalStateException("Spark returned " + shipped.size() + " entries for " + paths.size() + " fact sets");
      }
      Map<String, Goal> goals = job.evaluator().goals().stream()
          .collect(Collectors.toMap(Goal::id, Function.identity()));
      List<BatchResult.Entry> entries = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        BatchResult.Entry entry = shipped.get(i).toEntry(job.sources().get(i), goals);
        progress.step(entry.report() == null);
        entries.add(entry);
      }
      return entries;
    } finally {
      if (running.isEmpty()) {
        spark.stop();
      }
    }
  }

  /**
   * Starts a session: on {@code master} when given, else local with {@code jobs} threads unless
   * spark-submit named a master.
   */
  private static SparkSession start(int jobs, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("plancheck batch")
        // No web UI (a port and threads) for a run of seconds; few shuffle partitions, as the
        // batch shuffles nothing.
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[" + jobs + "]");
    }
    try {
      return builder.getOrCreate();
    } catch (Exception e) {
      // Spark's SparkException is checked in Java's eyes, though Scala declares none.
      throw new SparkMasterException(master != null ? master : System.getProperty("spark.master", "local[" + jobs + "]"),
          "start", e);
    }
  }
}
