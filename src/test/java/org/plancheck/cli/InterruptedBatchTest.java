package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactSets;
import org.plancheck.SyntheticFactSets;
import org.plancheck.report.BatchReports;
import org.plancheck.testing.Shanghai;

/**
 * Sends SIGTERM to a real plancheck process in the middle of a batch, at several moments: the
 * previous reports must stay whole (old or wholly new) and no temporary file may remain. Then
 * SIGKILL, which allows no cleanup: the manifest must still never vouch for a report of
 * another run, and the next run must remove the temporary files left behind.
 */
class InterruptedBatchTest {
  @TempDir Path temp;

  @Test
  void sigtermDuringABatch_leavesWholeReportsAndNoTemporaryFiles() throws Exception {
    Path sets = Files.createDirectories(temp.resolve("sets"));
    for (int i = 0; i < 6; i++) {
      FactSets.writeCsv(SyntheticFactSets.generate(Shanghai.SCHEMA, 40_000, i), sets.resolve("set-" + i));
    }
    Path out = temp.resolve("reports");
    assertThat(run(out, sets, 0)).isEqualTo(1);
    String previous = Files.readString(out.resolve("report.json"));
    for (long delay : new long[] {300, 1_500, 3_000, 5_000}) {
      run(out, sets, delay);
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("after SIGTERM at " + delay + " ms").noneMatch(name -> name.endsWith(".tmp"));
      }
      String now = Files.readString(out.resolve("report.json"));
      assertThat(now.equals(previous) || now.endsWith("}\n")).as("report.json whole").isTrue();
      assertThat(now).startsWith("{").endsWith("}\n");
      assertManifestVouchesOnlyForItsOwnReports(out);
    }
    for (long delay : new long[] {3_000}) {
      run(out, sets, -delay);
      assertManifestVouchesOnlyForItsOwnReports(out);
    }
    assertThat(run(out, sets, 0)).isEqualTo(1);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("after a run following SIGKILL")
          .noneMatch(name -> name.endsWith(".tmp"));
    }
    assertManifestVouchesOnlyForItsOwnReports(out);
  }

  /** A manifest, when there is one, lists exactly the bytes of each report it names. */
  private static void assertManifestVouchesOnlyForItsOwnReports(Path out) throws Exception {
    Path manifest = out.resolve(BatchReports.MANIFEST);
    if (!Files.exists(manifest)) {
      return;
    }
    JsonNode files = new ObjectMapper().readTree(manifest.toFile()).get("files");
    for (var file : (Iterable<java.util.Map.Entry<String, JsonNode>>) files::fields) {
      byte[] bytes = Files.readAllBytes(out.resolve(file.getKey()));
      String hash = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(hash).as(file.getKey() + " matches the manifest").isEqualTo(file.getValue().asText());
    }
  }

  /**
   * Runs a batch in its own JVM, terminating it after {@code delay} ms (0: let it finish; a
   * negative delay: kill it with SIGKILL after -delay ms).
   */
  private static int run(Path out, Path sets, long delay) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.plancheck.cli.Main", "batch", "--no-cache",
        "--jobs", "1", "--out", out.toString(), sets.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (delay > 0 && !process.waitFor(delay, TimeUnit.MILLISECONDS)) {
      process.destroy();
    } else if (delay < 0 && !process.waitFor(-delay, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }
}
