package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Evaluator;
import org.plancheck.testing.Registers;
import org.plancheck.testing.SparkRegisters;

/**
 * batch --engine spark on registers of partitioned Parquet and CSV tables, against the local
 * batch on the same fact sets, on one Spark session in local mode shared by the class.
 */
class SparkRegisterBatchTest {
  private static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("plancheck-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
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
    SparkRegisters.writeParquet(Evaluator.fromRules(Path.of("rules")).schema(), at, Registers.fixtures());
    assertThat(at.resolve("enterprises/region=Shanghai/asOf=2025-12-31/part-00000.snappy.parquet")).exists();
    Path parquet = temp.resolve("parquet");
    assertSameReports(batch(parquet, at, "--engine", "spark"), parquet, expected, folders);
    assertThat(RegisterBatchTest.statuses(parquet, "region=OnlyEnterprises/asOf=2025-12-31")).contains("UNKNOWN");
    RegisterBatchTest.deleteTree(at);
    Registers.writeCsvRegister(at, Registers.fixtures());
    Path csv = temp.resolve("csv");
    assertSameReports(batch(csv, at, "--engine", "spark"), csv, expected, folders);
    assertThat(RegisterBatchTest.names(csv)).contains("region=Shanghai/asOf=2025-12-31");
  }

  @Test
  void badValues_areLocatedErrorsOfTheirFactSets_whileTheOthersGoOn_asWithoutSpark() throws Exception {
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
    CliHarness.Run actual = batch(onSpark, at, "--engine", "spark");
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
  void masterOtherThanTheRunningSessions_isBadUsage() {
    CliHarness.Run run = run("batch", "--engine", "spark", "--master", "local[3]", "--out",
        temp.resolve("r").toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--master local[3]: Spark already runs in this JVM with master local[2]");
  }

  private CliHarness.Run batch(Path out, Path register, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", "--cache-dir", temp.resolve("cache").toString(),
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
    for (BatchReports.Format format : BatchReports.Format.values()) {
      assertThat(Files.readString(actualOut.resolve(format.file))).as(format.file)
          .isEqualTo(Files.readString(expectedOut.resolve(format.file)));
    }
  }
}
