package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.LocalSpark;
import org.plancheck.report.BatchFormat;

/**
 * batch --engine spark against the local engine, on one Spark session in local mode shared by
 * the class (the engine runs on a session that is already running and leaves it running).
 */
class SparkEngineBatchTest {
  private static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void fixtures_giveTheSixReportsByteForByte_asTheLocalEngine() throws Exception {
    Path cache = temp.resolve("cache");
    Path local = temp.resolve("local");
    Path onSpark = temp.resolve("spark");
    CliHarness.Run expected = run("batch", "--cache-dir", cache.toString(), "--out", local.toString(), "fixtures");
    CliHarness.Run actual = run("batch", "--engine", "spark", "--cache-dir", cache.toString(), "--out",
        onSpark.toString(), "fixtures");
    assertThat(actual.err()).isEmpty();
    assertThat(actual.code()).isEqualTo(expected.code()).isEqualTo(2);
    assertThat(actual.out()).isEqualTo(expected.out().replace(local.toString(), onSpark.toString()));
    for (BatchFormat format : BatchFormat.BUILT_IN) {
      assertThat(Files.readString(onSpark.resolve(format.file()))).as(format.file())
          .isEqualTo(Files.readString(local.resolve(format.file())));
    }
    // The comparison means something: the fixtures hold both reports and located errors.
    JsonNode sets = new ObjectMapper().readTree(onSpark.resolve("report.json").toFile()).get("factSets");
    assertThat(sets.findValuesAsText("status")).contains("EVALUATED", "ERROR");
    assertReportsParquetHoldsTheRowsOfSummaryCsv(onSpark);
    assertThat(local.resolve("reports.parquet")).doesNotExist();
  }

  /** Spark reads reports.parquet back as summary.csv's rows, typed; the manifest names it. */
  private static void assertReportsParquetHoldsTheRowsOfSummaryCsv(Path out) throws Exception {
    assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("files").has("reports.parquet"))
        .isTrue();
    List<Row> parquet = spark.read().parquet(out.resolve("reports.parquet").toString()).collectAsList();
    CsvMapper csv = new CsvMapper();
    List<Map<String, String>> summary = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.resolve("summary.csv").toFile())) {
      rows.forEachRemaining(summary::add);
    }
    assertThat(parquet).hasSize(summary.size()).hasSizeGreaterThan(100);
    for (int i = 0; i < parquet.size(); i++) {
      Row row = parquet.get(i);
      Map<String, String> cells = summary.get(i);
      for (String text : List.of("factSet", "goal", "status", "unit", "scope", "trajectory")) {
        assertThat(Objects.toString(row.getAs(text), "")).as(text + " of row " + i).isEqualTo(cells.get(text));
      }
      // summary.csv writes a missing date as "-", which it defuses as a spreadsheet formula: "'-".
      assertThat(Objects.toString(row.getAs("asOf"), "'-")).as("asOf of row " + i).isEqualTo(cells.get("asOf"));
      for (String amount : List.of("target", "actual", "gap")) {
        BigDecimal value = row.getAs(amount);
        assertThat(value == null ? "" : value.stripTrailingZeros().toPlainString()).as(amount + " of row " + i)
            .isEqualTo(cells.get(amount).isEmpty() ? "" : new BigDecimal(cells.get(amount)).stripTrailingZeros()
                .toPlainString());
      }
    }
    assertThat(parquet).extracting(r -> (String) r.getAs("status")).contains("MET", "MISSED", "ERROR");
    // The series fixture gives some rows a trajectory; the others have none.
    assertThat(parquet.stream().map(r -> (String) r.getAs("trajectory")).filter(Objects::nonNull)).isNotEmpty();
  }

  @Test
  void badFactSet_isAnErrorEntryWithItsLocatedMessage_whileTheOthersAreEvaluated() throws Exception {
    Path sets = temp.resolve("sets");
    copy(Path.of("fixtures/shanghai-2025"), sets.resolve("a-good"));
    copy(Path.of("fixtures/invalid-bad-date"), sets.resolve("b-bad"));
    copy(Path.of("fixtures/all-goals-met"), sets.resolve("c-good"));
    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--engine", "spark", "--cache-dir", temp.resolve("cache").toString(), "--out",
        out.toString(), sets.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).startsWith("3 fact sets: ").contains("1 error");
    List<String> statuses = new ArrayList<>();
    String error = null;
    for (JsonNode set : new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets")) {
      statuses.add(set.get("status").asText());
      if (!set.get("error").isNull()) {
        error = set.get("error").asText();
      }
    }
    assertThat(statuses).containsExactly("EVALUATED", "ERROR", "EVALUATED");
    // Located as the local engine locates it: file, line and field.
    assertThat(error).isEqualTo(sets.resolve("b-bad").resolve("factories.csv")
        + ":3: opened: expected a date like 2024-06-30, got '2023/06/01'");
  }

  @Test
  void unknownEngine_isBadUsage_namingTheEnginesThereAre() {
    CliHarness.Run run = run("batch", "--engine", "hadoop", "--out", temp.resolve("r").toString(), "fixtures");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no engine called 'hadoop'; there are local, spark");
  }

  private static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
