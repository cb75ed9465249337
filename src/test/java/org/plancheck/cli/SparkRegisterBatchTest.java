package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.plancheck.report.BatchFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.LocalSpark;
import org.plancheck.Evaluator;
import org.plancheck.testing.Registers;
import org.plancheck.testing.SparkRegisters;

/**
 * batch --engine spark on registers of partitioned Parquet and CSV tables, against the local
 * batch on the same fact sets, on one Spark session in local mode shared by the class.
 */
class SparkRegisterBatchTest {
  private static SparkSession spark;

  // One compile cache for the class: the rules are compiled once, not by every batch.
  @TempDir static Path cache;
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
  void parquetAndCsvRegisters_giveTheReportsOfTheLocalBatchOnTheSameFactSets_byteForByte() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeFolders(at, Registers.fixtures());
    Path folders = temp.resolve("folders");
    CliHarness.Run expected = batch(folders, at);
    assertThat(expected.code()).isEqualTo(1);
    RegisterBatchTest.deleteTree(at);
    SparkRegisters.writeParquet(Evaluator.fromRules(Path.of("rules"), cache).schema(), at, Registers.fixtures());
    assertThat(at.resolve("enterprises/region=Shanghai/asOf=2025-12-31/part-00000.snappy.parquet")).exists();
    Path parquet = temp.resolve("parquet");
    assertTyped(at.resolve("enterprises/region=Shanghai/asOf=2025-12-31/part-00000.snappy.parquet"),
        "revenue: DECIMAL(18,0) INT64", "designations: LIST", "international: BOOLEAN");
    assertTyped(at.resolve("factories/region=Shanghai/asOf=2025-12-31/part-00000.snappy.parquet"), "opened: DATE INT32");
    assertSameReports(batch(parquet, at, "--engine", "spark"), parquet, expected, folders);
    assertThat(RegisterBatchTest.statuses(parquet, "region=OnlyEnterprises/asOf=2025-12-31")).contains("UNKNOWN");
    RegisterBatchTest.deleteTree(at);
    Registers.writeCsvRegister(at, Registers.fixtures());
    Path csv = temp.resolve("csv");
    assertSameReports(batch(csv, at, "--engine", "spark"), csv, expected, folders);
    assertThat(RegisterBatchTest.names(csv)).contains("region=Shanghai/asOf=2025-12-31");
  }

  @Test
  void aRegisterWrittenBySparksOwnPartitionBy_givesTheReportsOfTheLocalBatchOnTheSameFactSets() throws Exception {
    Path at = temp.resolve("register");
    // Three fact sets keep it quick: each DataFrame written is a Spark job.
    List<Registers.FactSetAt> sets = Registers.fixtures().subList(0, 3);
    Registers.writeFolders(at, sets);
    Path folders = temp.resolve("folders");
    CliHarness.Run expected = batch(folders, at);
    RegisterBatchTest.deleteTree(at);
    // As an office's pipeline writes one: each kind's CSV files read by Spark, the fact set's
    // keys added as columns, and the kind written partitioned by them (snappy part files named by
    // Spark, _SUCCESS and .crc files beside them, empty cells as nulls). Values stay text: the
    // fixtures write amounts in words too ("2433695万"), which no cast to decimal takes; typed
    // columns are checked with the register SparkRegisters writes.
    java.util.Map<String, Dataset<Row>> kinds = new java.util.TreeMap<>();
    for (Registers.FactSetAt set : sets) {
      for (Path file : Registers.rowFiles(set.folder())) {
        Dataset<Row> rows = spark.read().option("header", "true").option("escape", "\"").option("multiLine", "true")
            .csv(file.toString())
            .withColumn("region", functions.lit(set.region())).withColumn("asOf", functions.lit(set.asOf()));
        kinds.merge(file.getFileName().toString().replace(".csv", ""), rows, (a, b) -> a.unionByName(b, true));
      }
    }
    kinds.forEach((kind, rows) -> rows.write().partitionBy("region", "asOf").parquet(at.resolve(kind).toString()));
    assertThat(at.resolve("enterprises/_SUCCESS")).exists();
    Path parquet = temp.resolve("parquet");
    assertSameReports(batch(parquet, at, "--engine", "spark"), parquet, expected, folders);
  }

  @Test
  void badValues_areLocatedErrorsOfTheirFactSets_whileTheOthersGoOn_asWithoutSpark_onTheNamedMaster() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeCsvRegister(at, Registers.fixtures().subList(0, 3));
    Path enterprises = at.resolve("enterprises/region=AllMet/asOf=2025-12-31/part-00000.csv");
    List<String> lines = Files.readAllLines(enterprises);
    String[] first = lines.get(1).split(",", -1);
    first[4] = "12 apples";
    lines.set(1, String.join(",", first));
    Files.write(enterprises, lines);
    Path local = temp.resolve("local");
    CliHarness.Run expected = batch(local, at);
    Path onSpark = temp.resolve("spark");
    // The running session's own master may be named.
    CliHarness.Run actual = batch(onSpark, at, "--engine", "spark", "--master", "local[2]");
    assertSameReports(actual, onSpark, expected, local);
    assertThat(actual.code()).isEqualTo(2);
    JsonNode sets = new ObjectMapper().readTree(onSpark.resolve("report.json").toFile()).get("factSets");
    List<String> statuses = new java.util.ArrayList<>();
    sets.forEach(set -> statuses.add(set.get("status").asText()));
    // In name order: AllMet, AtTarget, Shanghai.
    assertThat(statuses).containsExactly("ERROR", "EVALUATED", "EVALUATED");
    // Placed as the database reader places a value: the kind's partition folder, the row's key, the column.
    assertThat(sets.get(0).get("error").asText())
        .startsWith(at.resolve("enterprises/region=AllMet/asOf=2025-12-31") + ": enterprises[" + first[0]
            + "]: revenue: expected an amount").endsWith("got '12 apples'");
  }

  @Test
  void badTypedParquetValue_getsTheSentenceOfTheSameCsvCell() throws Exception {
    Path at = temp.resolve("register");
    Registers.FactSetAt shanghai = Registers.fixtures().get(0);
    Registers.writeCsvRegister(at, List.of(shanghai));
    Path csvPart = at.resolve("enterprises").resolve(shanghai.partition()).resolve("part-00000.csv");
    List<String> lines = Files.readAllLines(csvPart);
    String[] first = lines.get(1).split(",", -1);
    first[4] = "-5";
    lines.set(1, String.join(",", first));
    Files.write(csvPart, lines);
    Path local = temp.resolve("local");
    batch(local, at);
    // The same fact set as Parquet, its first enterprise's revenue the decimal -5.
    Evaluator evaluator = Evaluator.fromRules(Path.of("rules"), cache);
    RegisterBatchTest.deleteTree(at);
    SparkRegisters.writeParquet(evaluator.schema(), at, List.of(shanghai));
    org.plancheck.FactKind enterprises = evaluator.schema().kind("enterprises").orElseThrow();
    List<org.plancheck.Fact> facts = new java.util.ArrayList<>(
        org.plancheck.FactSets.read(shanghai.folder(), evaluator.schema()).facts("enterprises"));
    Object[] values = facts.get(0).values().values().toArray();
    values[enterprises.index("revenue")] = new java.math.BigDecimal("-5");
    facts.set(0, new org.plancheck.Fact(enterprises, values, 0));
    Path part = at.resolve("enterprises").resolve(shanghai.partition()).resolve("part-00000.snappy.parquet");
    Files.delete(part);
    Files.deleteIfExists(part.resolveSibling(".part-00000.snappy.parquet.crc"));
    SparkRegisters.write(enterprises, facts, part);
    Path onSpark = temp.resolve("spark");
    batch(onSpark, at, "--engine", "spark");
    String error = new ObjectMapper().readTree(onSpark.resolve("report.json").toFile()).get("factSets").get(0)
        .get("error").asText();
    assertThat(error).startsWith(at.resolve("enterprises").resolve(shanghai.partition()) + ": enterprises["
        + first[0] + "]: revenue: ");
    assertThat(error).isEqualTo(new ObjectMapper().readTree(local.resolve("report.json").toFile()).get("factSets")
        .get(0).get("error").asText());
  }

  @Test
  void masterOtherThanTheRunningSessions_isBadUsage() {
    CliHarness.Run run = run("batch", "--engine", "spark", "--master", "local[3]", "--out",
        temp.resolve("r").toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--master local[3]: Spark already runs in this JVM with master local[2]");
  }

  /** Checks that the Parquet file's columns have the types given, as "column: TYPE..." prefixes of their descriptions. */
  private static void assertTyped(Path file, String... columns) throws Exception {
    try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(org.apache.parquet.hadoop.util.HadoopInputFile
        .fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new org.apache.hadoop.conf.Configuration(false)))) {
      var schema = reader.getFooter().getFileMetaData().getSchema();
      for (String column : columns) {
        String name = column.substring(0, column.indexOf(':'));
        var type = schema.getType(name);
        String described = name + ": " + (type.getLogicalTypeAnnotation() == null ? ""
            : type.getLogicalTypeAnnotation() + " ") + (type.isPrimitive() ? type.asPrimitiveType().getPrimitiveTypeName() : "");
        assertThat(described.strip()).as(name).startsWith(column);
      }
    }
  }

  private CliHarness.Run batch(Path out, Path register, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", "--cache-dir", cache.toString(),
        "--out", out.toString()));
    args.addAll(List.of(options));
    args.add(register.toString());
    return run(args.toArray(String[]::new));
  }

  private static void assertSameReports(CliHarness.Run actual, Path actualOut, CliHarness.Run expected,
      Path expectedOut) throws Exception {
    assertThat(actual.err()).isEmpty();
    assertThat(actual.code()).isEqualTo(expected.code());
    assertThat(actual.out()).isEqualTo(expected.out().replace(expectedOut.toString(), actualOut.toString()));
    for (BatchFormat format : BatchFormat.BUILT_IN) {
      assertThat(Files.readString(actualOut.resolve(format.file()))).as(format.file())
          .isEqualTo(Files.readString(expectedOut.resolve(format.file())));
    }
  }
}
