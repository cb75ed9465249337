package org.plancheck.testing;

import org.apache.spark.sql.SparkSession;

/** The Spark session a test class shares: local, two threads, no web UI, few shuffle partitions. */
public final class LocalSpark {
  private LocalSpark() {}

  /** Starts the session (or returns the one running); the class stops it when done. */
  public static SparkSession start() {
    return SparkSession.builder().master("local[2]").appName("plancheck-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }
}
