package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Evaluator;
import org.plancheck.report.BatchFormat;
import org.plancheck.testing.LocalSpark;
import org.plancheck.testing.Registers;
import org.plancheck.testing.RootedFileSystem;
import org.plancheck.testing.SparkRegisters;

/**
 * batch --engine spark on registers at Hadoop URLs: a file: URL, and a file system of its own
 * scheme that only Hadoop can reach ({@link RootedFileSystem}), against the same register read
 * from its local path; and the errors of URLs that cannot be read.
 */
class SparkUrlRegisterTest {
  private static SparkSession spark;

  @TempDir static Path cache;
  // What plantest:/ serves.
  @TempDir static Path store;
  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(Map.of("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl",
        RootedFileSystem.class.getName(), "spark.hadoop." + RootedFileSystem.ROOT, store.toString(),
        "spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache", "true"));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void registerAtAFileUrl_andAtAUrlOnlyHadoopReaches_giveTheReportsOfItsLocalPath_byteForByte() throws Exception {
    // Enterprises as Parquet, the other kinds as CSV, one cell bad: both readers and a located error.
    List<Registers.FactSetAt> sets = Registers.fixtures().subList(0, 3);
    Path at = store.resolve("reg");
    Registers.writeCsvRegister(at, sets);
    Path parquet = temp.resolve("parquet");
    SparkRegisters.writeParquet(Evaluator.fromRules(Path.of("rules"), cache).schema(), parquet, sets);
    RegisterBatchTest.deleteTree(at.resolve("enterprises"));
    Files.move(parquet.resolve("enterprises"), at.resolve("enterprises"));
    Path clusters = at.resolve("clusters").resolve(sets.get(0).partition()).resolve("part-00000.csv");
    List<String> lines = Files.readAllLines(clusters);
    lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(',') + 1) + "12 apples");
    Files.write(clusters, lines);

    Path local = temp.resolve("local");
    CliHarness.Run expected = batch(local, at.toString());
    assertThat(expected.code()).isEqualTo(2);
    assertThat(Files.readString(local.resolve("report.json"))).contains(at.resolve("clusters")
        .resolve(sets.get(0).partition()) + ": clusters[").contains("got '12 apples'");
    for (String url : List.of("file:" + at, RootedFileSystem.SCHEME + ":/reg")) {
      Path out = temp.resolve(url.substring(0, url.indexOf(':')));
      CliHarness.Run actual = batch(out, url);
      assertThat(actual.err()).as(url).isEmpty();
      assertThat(actual.code()).as(url).isEqualTo(expected.code());
      assertThat(actual.out()).isEqualTo(expected.out().replace(local.toString(), out.toString()));
      for (BatchFormat format : BatchFormat.BUILT_IN) {
        // Sources and messages name the register as written: the URL. The text tables' columns
        // are as wide as their longest source, so there the runs of spaces are compared as one.
        String want = Files.readString(local.resolve(format.file())).replace(at.toString(), url);
        String got = Files.readString(out.resolve(format.file()));
        boolean padded = format.file().equals("summary.txt") || format.file().equals("report.md");
        assertThat(padded ? got.replaceAll(" +", " ") : got).as(url + " " + format.file())
            .isEqualTo(padded ? want.replaceAll(" +", " ") : want);
      }
      assertThat(out.resolve("reports.parquet")).isNotEmptyFile();
    }
    // No java.nio path names it: only Hadoop, through the scheme's file system, could read it.
    assertThat(Path.of(RootedFileSystem.SCHEME + ":/reg")).doesNotExist();
  }

  @Test
  void aSchemeHadoopHasNoFileSystemFor_namesTheUrlAndTheLibraryToAdd() {
    String version = org.apache.hadoop.util.VersionInfo.getVersion();
    CliHarness.Run run = batch(temp.resolve("r"), "s3a://bucket/registers/");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("s3a://bucket/registers/: Hadoop has no file system for the scheme s3a:// on"
        + " the class path (Class org.apache.hadoop.fs.s3a.S3AFileSystem not found); add org.apache.hadoop:hadoop-aws:"
        + version + " (of Spark's Hadoop, " + version
        + ") and what it depends on, such as spark-submit --packages org.apache.hadoop:hadoop-aws:" + version + "\n");
    assertThat(batch(temp.resolve("r"), "nofs://host/registers").err()).isEqualTo("nofs://host/registers: Hadoop"
        + " has no file system for the scheme nofs:// on the class path; add the library that provides a Hadoop"
        + " FileSystem for it, or name its class with --conf spark.hadoop.fs.nofs.impl=CLASS\n");
    assertThat(temp.resolve("r")).doesNotExist();
  }

  @Test
  void aMissingUrl_andAFactSetFolderAtAUrl_areLocatedErrors() {
    CliHarness.Run missing = batch(temp.resolve("r"), RootedFileSystem.SCHEME + ":/nowhere");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("plantest:/nowhere: no such file or folder\n");
    String folder = "file:" + Path.of("fixtures/shanghai-2025").toAbsolutePath();
    CliHarness.Run factSet = batch(temp.resolve("r"), folder);
    assertThat(factSet.code()).isEqualTo(2);
    assertThat(factSet.err()).isEqualTo(folder + ": a fact set that is not a register's; from a URL only registers"
        + " of tables are read (ROOT/KIND/key=value/.../part-*.parquet or .csv); fact-set folders and files are"
        + " read from paths: copy them, or mount the store, and give that path\n");
  }

  private static CliHarness.Run batch(Path out, String source) {
    return run("batch", "--engine", "spark", "--cache-dir", cache.toString(), "--out", out.toString(), source);
  }
}
