package org.plancheck.spark;

import java.util.List;
import java.util.Optional;
import org.plancheck.batch.BatchEngine;
import org.plancheck.batch.BatchJob;
import org.plancheck.batch.BatchResult;
import org.plancheck.batch.BatchSource;

/**
 * The "spark" engine: the batch on Apache Spark, in local mode ({@code local[*]}, inside this
 * JVM) unless a Spark session is already running (under spark-submit, or one the host made).
 *
 * <p>This class names no Spark type, so ServiceLoader can list it where Spark is absent; it
 * says so in {@link #unavailable()}, and only {@link SparkRun} touches Spark.
 */
public final class SparkBatchEngine implements BatchEngine {
  /** The name --engine takes for this engine. */
  public static final String NAME = "spark";
  private static final String SESSION_CLASS = "org.apache.spark.sql.SparkSession";

  /** Creates the engine; ServiceLoader calls this. */
  public SparkBatchEngine() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> unavailable() {
    return onClassPath(SESSION_CLASS) ? Optional.empty() : Optional.of("Apache Spark is not on the class path. The ./plancheck launcher fetches it on first "
          + "use of --engine spark (into target/spark-lib, with Maven); with java, add Spark's jars to the class "
          + "path (mvn dependency:copy-dependencies -DincludeScope=provided -DoutputDirectory=target/spark-lib), "
          + "or run org.plancheck.spark.SparkBatch with spark-submit");
  }

  /** Returns whether {@code className} (a Spark or Parquet class) can be loaded, without loading it. */
  static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, SparkBatchEngine.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Returns the fact sets of the registers at or under {@code url}, listed through Hadoop's
   * FileSystem with the Hadoop configuration of the Spark session (running, or as it will be
   * made): any scheme a file system on the class path serves.
   */
  @Override
  public List<BatchSource> discover(String url) {
    return HadoopRegisters.discover(url);
  }

  @Override
  public List<BatchResult.Entry> evaluate(BatchJob job, Progress progress) {
    return SparkRun.evaluate(job, progress);
  }
}
