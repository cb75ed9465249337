/**
 * The Spark batch engine ({@code batch --engine spark}, and {@link org.plancheck.spark.SparkBatch}
 * for spark-submit): each fact set is read and evaluated on an executor with the rules compiled
 * once per executor JVM, and only what the batch reports show comes back to the driver. The fact
 * sets of a partitioned register are read on the executors too, Parquet part files with the
 * Parquet library Spark brings ({@code ParquetParts}).
 *
 * <p>Apache Spark is a provided dependency: nothing outside this package names it, and the
 * command line reaches {@link org.plancheck.spark.SparkBatchEngine} through ServiceLoader, whose
 * class names no Spark type, so the plain CLI and the library never load Spark. Only
 * {@code SparkRun} does, once the engine has checked that Spark is on the class path.
 */
package org.plancheck.spark;
