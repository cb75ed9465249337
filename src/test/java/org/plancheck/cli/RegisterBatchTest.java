package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.report.BatchFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.Registers;

/** batch without Spark on a register of partitioned CSV tables. */
class RegisterBatchTest {
  @TempDir Path temp;

  @Test
  void csvRegister_givesTheReportsOfTheSameFactSetsAsFolders_byteForByte() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeFolders(at, Registers.fixtures());
    Path folders = temp.resolve("folders");
    CliHarness.Run expected = run("batch", "--cache-dir", temp.resolve("cache").toString(), "--out",
        folders.toString(), at.toString());
    deleteTree(at);
    Registers.writeCsvRegister(at, Registers.fixtures());
    Path register = temp.resolve("tables");
    CliHarness.Run actual = run("batch", "--cache-dir", temp.resolve("cache").toString(), "--out",
        register.toString(), at.toString());
    assertThat(actual.err()).isEmpty();
    assertThat(actual.code()).isEqualTo(expected.code());
    assertThat(actual.out()).startsWith("8 fact sets: ").isEqualTo(expected.out().replace(folders.toString(),
        register.toString()));
    for (BatchFormat format : BatchFormat.BUILT_IN) {
      assertThat(Files.readString(register.resolve(format.file()))).as(format.file())
          .isEqualTo(Files.readString(folders.resolve(format.file())));
    }
    assertThat(names(register)).contains("region=Shanghai/asOf=2025-12-31", "region=PudongNewArea/asOf=2022-06-30");
    // A kind with no partition for a fact set is absent: the goals that need it are UNKNOWN.
    assertThat(statuses(register, "region=OnlyEnterprises/asOf=2025-12-31")).contains("UNKNOWN", "MET");
  }

  @Test
  void partitionWithAHeaderOnly_isAnAbsentKind_itsGoalsUnknown() throws Exception {
    Path at = temp.resolve("register");
    Registers.FactSetAt shanghai = Registers.fixtures().get(0);
    Registers.writeCsvRegister(at, List.of(shanghai));
    Path clusters = at.resolve("clusters").resolve(shanghai.partition()).resolve("part-00000.csv");
    Files.writeString(clusters, Files.readAllLines(clusters).get(0) + "\n");
    Path out = temp.resolve("reports");
    run("batch", "--cache-dir", temp.resolve("cache").toString(), "--out", out.toString(), at.toString());
    JsonNode goals = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets").get(0)
        .get("report").get("goals");
    List<String> clusterGoals = new ArrayList<>();
    goals.forEach(g -> {
      if (g.get("id").asText().startsWith("GLC-CLUSTERS")) {
        clusterGoals.add(g.get("status").asText());
      }
    });
    assertThat(clusterGoals).isNotEmpty().containsOnly("UNKNOWN");
  }

  @Test
  void parquetWithoutSpark_isTheFactSetsErrorSayingToUseSpark() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeCsvRegister(at, Registers.fixtures().subList(0, 2));
    Path part = at.resolve("enterprises/region=Shanghai/asOf=2025-12-31/part-00000.csv");
    Files.move(part, part.resolveSibling("part-00000.parquet"));
    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--cache-dir", temp.resolve("cache").toString(), "--out", out.toString(),
        at.toString());
    assertThat(run.code()).isEqualTo(2);
    JsonNode sets = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets");
    assertThat(sets.get(0).get("status").asText()).isEqualTo("EVALUATED");
    assertThat(sets.get(1).get("error").asText()).isEqualTo(part.resolveSibling("part-00000.parquet")
        + ": a Parquet file; Parquet tables are read with Spark: run batch --engine spark");
  }

  @Test
  void registerBesideOtherFiles_isRefusedAsAmbiguous() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeCsvRegister(at, Registers.fixtures().subList(0, 1));
    Files.copy(Path.of("fixtures/shanghai-2025/parks.csv"), at.resolve("parks.csv"));
    CliHarness.Run run = run("batch", "--out", temp.resolve("r").toString(), at.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(at.resolve("parks.csv") + ": a register folder (clusters is a partitioned table)"
        + " also holds a file");
  }

  @Test
  void tableOfNoDeclaredKind_isEachFactSetsError() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeCsvRegister(at, Registers.fixtures().subList(0, 1));
    Files.move(at.resolve("parks"), at.resolve("park"));
    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--out", out.toString(), at.toString());
    assertThat(run.code()).isEqualTo(2);
    JsonNode sets = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets");
    assertThat(sets.get(0).get("error").asText()).startsWith(at.resolve("park") + ": unknown table: the rules"
        + " declare no kind @facts(\"park\")");
  }

  @Test
  void aUrlOnTheLocalEngine_isRefused_sayingThatTheSparkEngineReadsIt_orToMountOrCopy() {
    CliHarness.Run run = run("batch", "--out", temp.resolve("r").toString(), "s3a://bucket/registers/");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("s3a://bucket/registers/: a URL (s3a://) is not read by the local engine, where"
        + " fact sets are read as files: batch --engine spark reads registers at URLs through Hadoop's file systems"
        + " (hdfs://, s3a:// with hadoop-aws, file://); otherwise mount the store on every machine (as s3fs or an"
        + " NFS gateway does) or copy it, and give that path\n");
    assertThat(temp.resolve("r")).doesNotExist();
  }

  @Test
  void aTableOrAPartitionFolderGivenForTheRegister_saysWhatItIsAndWhatToGive() throws Exception {
    Path at = temp.resolve("register");
    Registers.writeCsvRegister(at, Registers.fixtures().subList(0, 2));
    String give = "give the register's root, " + at + ", to read all its fact sets, or a fact set's path, the root"
        + " and then a value for every partition key (no table name), such as ";
    CliHarness.Run table = run("batch", "--out", temp.resolve("r").toString(), at.resolve("enterprises").toString());
    assertThat(table.code()).isEqualTo(2);
    assertThat(table.err()).isEqualTo(at.resolve("enterprises") + ": a table of the register " + at + ", not a fact"
        + " set; " + give + at.resolve("region=AllMet/asOf=2025-12-31") + "\n");
    Path partial = at.resolve("enterprises/region=AllMet");
    CliHarness.Run partition = run("evaluate", partial.toString());
    assertThat(partition.code()).isEqualTo(2);
    assertThat(partition.err()).isEqualTo(partial + ": a partition folder of the table enterprises of the register "
        + at + ", not a fact set; " + give + at.resolve("region=AllMet/asOf=2025-12-31") + "\n");
    // The fact set's path with a key left out: its tables are partitioned further.
    CliHarness.Run outer = run("evaluate", at.resolve("region=AllMet").toString());
    assertThat(outer.code()).isEqualTo(2);
    assertThat(outer.err()).startsWith(at.resolve("region=AllMet") + ": names the partition region=AllMet but"
        + " the register's tables are partitioned further (" + at.resolve("clusters/region=AllMet/asOf=2025-12-31")
        + "); a fact set's path names a value for every key, such as " + at.resolve("region=AllMet/asOf=2025-12-31"));
  }

  @Test
  void aRegisterOfOnlyWritersMarkers_saysThatIsWhatItHolds() throws Exception {
    // What Spark's partitionBy leaves of an empty table: _SUCCESS, no partition folder.
    Path at = temp.resolve("register");
    Files.createDirectories(at.resolve("enterprises"));
    Files.writeString(at.resolve("enterprises/_SUCCESS"), "");
    CliHarness.Run run = run("batch", "--out", temp.resolve("r").toString(), at.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(at + ": no fact set found: " + at.resolve("enterprises") + " holds only files"
        + " named _* or .* (a writer's markers such as _SUCCESS, checksums) and no data, as an empty table written by"
        + " Spark does; a register holds ROOT/KIND/key=value/.../part-*.parquet or .csv files, a fact set is a folder"
        + " of fact CSV files, a .json fact file or an .xlsx workbook\n");
  }

  @Test
  void masterWithoutTheSparkEngine_isBadUsage() {
    CliHarness.Run run = run("batch", "--master", "spark://host:7077", "--out", temp.resolve("r").toString(),
        "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--master is for --engine spark; the local engine runs in this JVM\n");
  }

  static List<String> statuses(Path reports, String name) throws Exception {
    List<String> statuses = new ArrayList<>();
    for (JsonNode set : new ObjectMapper().readTree(reports.resolve("report.json").toFile()).get("factSets")) {
      JsonNode report = set.get("report");
      if (!report.isNull() && report.get("factSet").get("name").asText().equals(name)) {
        report.get("goals").forEach(g -> statuses.add(g.get("status").asText()));
      }
    }
    return statuses;
  }

  static List<String> names(Path reports) throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode set : new ObjectMapper().readTree(reports.resolve("report.json").toFile()).get("factSets")) {
      JsonNode report = set.get("report");
      names.add(report.isNull() ? set.get("source").asText() : report.get("factSet").get("name").asText());
    }
    return names;
  }

  static void deleteTree(Path root) throws Exception {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
