package org.plancheck.testing;

import org.apache.spark.sql.SparkSession;

/** The Spark session a test class shares: local, two threads, no web UI, few shuffle partitions. */
public final class LocalSpark {
  private LocalSpark() {}

  /** Starts the session (or returns the one running); the class stops it when done. */
  public static SparkSession start() {
    return start(java.util.Map.of());
  }

  /** Starts the session with {@code settings} too, such as {@code spark.hadoop.*} ones; none may be running. */
  public static SparkSession start(java.util.Map<String, String> settings) {
    if (!settings.isEmpty() && SparkSession.getDefaultSession().isDefined()) {
      throw new IllegalStateException("a Spark session runs already: its settings cannot be changed");
    }
    SparkSession.Builder builder = SparkSession.builder().master("local[2]").appName("plancheck-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2");
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }
}
