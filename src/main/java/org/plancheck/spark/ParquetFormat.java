package org.plancheck.spark;

import java.util.Optional;
import org.plancheck.batch.BatchResult;
import org.plancheck.report.BatchFormat;
import org.plancheck.report.BatchRow;
import org.plancheck.report.Lang;

/**
 * {@code reports.parquet}: the batch as one Parquet table, a row per fact set and goal (the
 * columns of summary.csv, typed), for an office's own data lake. Written by default by a batch
 * on the Spark engine, and on request ({@code --format parquet}) wherever Spark's libraries are.
 *
 * <p>This class names no Parquet type, so ServiceLoader can list it where Spark is absent; it
 * says so in {@link #unavailable()}, and only {@link ParquetTable} touches Parquet.
 */
public final class ParquetFormat implements BatchFormat {
  private static final String WRITER_CLASS = "org.apache.parquet.hadoop.ParquetWriter";

  /** Creates the format; ServiceLoader calls this. */
  public ParquetFormat() {}

  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public String file() {
    return "reports.parquet";
  }

  @Override
  public Optional<String> engine() {
    return Optional.of(SparkBatchEngine.NAME);
  }

  @Override
  public Optional<String> unavailable() {
    return SparkBatchEngine.onClassPath(WRITER_CLASS) ? Optional.empty() : Optional.of("the Parquet report needs "
        + "Apache Spark's libraries, which the ./plancheck launcher adds with --engine spark");
  }

  @Override
  public byte[] render(BatchResult result, Lang lang) {
    return ParquetTable.write(BatchRow.of(result));
  }
}
