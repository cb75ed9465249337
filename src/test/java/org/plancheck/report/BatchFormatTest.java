package org.plancheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reports a batch writes: the six always, and a found one on its engine or when named. */
class BatchFormatTest {
  @Test
  void builtIn_areTheSixInTheirOrder_eachToItsOwnFile() {
    assertThat(BatchFormat.BUILT_IN).extracting(BatchFormat::name).containsExactly("txt", "json", "csv", "md", "html", "junit");
    assertThat(BatchFormat.BUILT_IN).extracting(BatchFormat::file).doesNotHaveDuplicates()
        .containsExactly("summary.txt", "report.json", "summary.csv", "report.md", "report.html", "junit.xml");
  }

  @Test
  void byDefault_theLocalEngineWritesTheSix_andSparkAlsoItsParquetTable() {
    // The test class path holds the command line's service files, which name Spark's Parquet report.
    assertThat(BatchFormat.all()).extracting(BatchFormat::name).endsWith("parquet");
    assertThat(BatchFormat.defaults("local")).isEqualTo(BatchFormat.BUILT_IN);
    List<BatchFormat> spark = BatchFormat.defaults("spark");
    assertThat(spark).extracting(BatchFormat::name).containsExactly("txt", "json", "csv", "md", "html", "junit", "parquet");
    assertThat(spark.get(6).file()).isEqualTo("reports.parquet");
  }

  @Test
  void named_findsBuiltInAndFoundReports_andNothingElse() {
    assertThat(BatchFormat.named("html")).map(BatchFormat::file).contains("report.html");
    assertThat(BatchFormat.named("parquet")).map(BatchFormat::file).contains("reports.parquet");
    assertThat(BatchFormat.named("xlsx")).isEmpty();
  }
}
