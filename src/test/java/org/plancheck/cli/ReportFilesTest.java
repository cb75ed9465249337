package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Report;
import org.plancheck.report.BatchReports;

/**
 * Report files and folders: only regular files are replaced, a batch that finds nothing fails,
 * a report folder says which run its reports come from, and stale temporary files go.
 */
class ReportFilesTest {
  @TempDir Path temp;

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void evaluateOutput_refusesToReplaceASymbolicLink() throws IOException {
    Path target = Files.writeString(temp.resolve("precious.txt"), "keep me");
    Path link = Files.createSymbolicLink(temp.resolve("q4.json"), target);
    CliHarness.Run run = run("evaluate", "--format", "json", "--output", link.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(link + ": cannot write the report: it is a symbolic link, not a regular file; "
        + "plancheck replaces only regular files\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("keep me");
    assertThat(files(temp)).containsExactly("precious.txt", "q4.json");
  }

  @Test
  void evaluateOutput_refusesAFifo_withoutWaitingOnIt() throws Exception {
    Path fifo = temp.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    CliHarness.Run run = run("evaluate", "--format", "json", "--output", fifo.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("it is a FIFO, socket or device, not a regular file");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void batchOut_refusesToReplaceASymbolicLinkInTheFolder_andWritesNoManifest() throws IOException {
    Path out = Files.createDirectories(temp.resolve("reports"));
    Path target = Files.writeString(temp.resolve("precious.txt"), "keep me");
    Files.createSymbolicLink(out.resolve("summary.txt"), target);
    CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write the reports: summary.txt: it is a symbolic link, not a regular file");
    assertThat(Files.isSymbolicLink(out.resolve("summary.txt"))).isTrue();
    assertThat(target).hasContent("keep me");
    assertThat(out.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void batchThatFindsNoFactSet_exitsTwo_withAMessage() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty/nested"));
    CliHarness.Run run = run("batch", "--out", temp.resolve("r").toString(), empty.getParent().toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("no fact set found under [" + empty.getParent()
        + "]: a fact set is a folder holding fact CSV files, a .json fact file, an .xlsx workbook, or a partition of"
        + " a register of tables (ROOT/KIND/key=value/.../part-*.parquet or .csv)\n");
    assertThat(temp.resolve("r")).doesNotExist();
  }

  @Test
  void manifest_isWrittenLast_namingTheRunAndTheHashOfEveryReport() throws Exception {
    Path out = temp.resolve("r");
    assertThat(run("batch", "--format", "txt", "--format", "json", "--out", out.toString(), "fixtures/shanghai-2025").code())
        .isEqualTo(1);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("run").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ-\\d+");
    assertThat(manifest.get("factSets").asInt()).isEqualTo(1);
    assertThat(manifest.get("files").size()).isEqualTo(2);
    for (String name : List.of("summary.txt", "report.json")) {
      assertThat(manifest.get("files").get(name).asText()).isEqualTo(sha256(out.resolve(name)));
    }
  }

  @Test
  void formatParquet_onTheLocalEngine_writesTheTable_andTheManifestHashesItsBytes() throws Exception {
    // Spark's libraries are on the test class path, as on the launcher's with --engine spark.
    Path out = temp.resolve("r");
    assertThat(run("batch", "--format", "parquet", "--format", "csv", "--out", out.toString(), "fixtures/shanghai-2025")
        .code()).isEqualTo(1);
    assertThat(Files.readAllBytes(out.resolve("reports.parquet"))).startsWith('P', 'A', 'R', '1').endsWith('P', 'A', 'R', '1');
    JsonNode files = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("files");
    assertThat(files.fieldNames()).toIterable().containsExactly("summary.csv", "reports.parquet");
    assertThat(files.get("reports.parquet").asText()).isEqualTo(sha256(out.resolve("reports.parquet")));
  }

  @Test
  void anUnknownFormat_isRefusedNamingTheReportsThereAre() {
    CliHarness.Run run = run("batch", "--format", "xlsx", "--out", temp.resolve("r").toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no report called 'xlsx'; there are txt, json, csv, md, html, junit, parquet");
    assertThat(temp.resolve("r")).doesNotExist();
  }

  @Test
  void aRunStoppedHalfway_leavesNoManifest_soTheMixedFolderSaysItIsIncomplete() throws IOException {
    Path out = temp.resolve("r");
    run("batch", "--out", out.toString(), "fixtures/shanghai-2025");
    assertThat(out.resolve("manifest.json")).exists();
    // report.md (written after summary.txt and report.json) cannot be replaced: the run stops there.
    Files.delete(out.resolve("report.md"));
    Files.createDirectories(out.resolve("report.md"));
    CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("report.md").contains("it is a folder");
    assertThat(Files.readString(out.resolve("summary.txt"))).contains("all-goals-met");
    assertThat(Files.readString(out.resolve("report.html"))).contains("shanghai-2025");
    assertThat(out.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void aSecondBatchIntoAFolderInUse_isRefused() throws IOException {
    Path out = temp.resolve("r");
    try (BatchReports.Lock held = BatchReports.lock(out)) {
      CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures/all-goals-met");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo(out + ": cannot write the reports: another plancheck batch is writing its "
          + "reports there; wait for it to end, or choose another --out\n");
    }
    assertThat(run("batch", "--out", out.toString(), "fixtures/all-goals-met").code()).isZero();
  }

  @Test
  void staleTemporaryFilesOfEndedRuns_areRemoved_othersKept() throws IOException {
    Path out = Files.createDirectories(temp.resolve("r"));
    long dead = deadPid();
    Path stale = Files.writeString(out.resolve(".report.json.plancheck-" + dead + "-123.tmp"), "{\"half");
    Path live = Files.writeString(out.resolve(".report.json.plancheck-" + ProcessHandle.current().pid() + "-9.tmp"), "x");
    Path foreign = Files.writeString(out.resolve(".notes.tmp"), "mine");
    assertThat(run("batch", "--format", "json", "--out", out.toString(), "fixtures/all-goals-met").code()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(live).exists();
    assertThat(foreign).hasContent("mine");
  }

  private static long deadPid() {
    long pid = 4_000_000;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }

  private static String sha256(Path file) throws Exception {
    return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
