package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose fact sets include a lone surrogate, a FIFO, a link to a secret and an upper-case
 * name: each is an ERROR naming its file, the good fact set is evaluated, every report is written.
 */
class HostileFactSetsBatchTest {
  @TempDir Path temp;

  @Test
  void hostileFactSets_areErrorsOfTheirOwn_andEveryReportIsWritten() throws Exception {
    Path sets = Files.createDirectory(temp.resolve("sets"));
    Path good = Files.createDirectory(sets.resolve("a-good"));
    try (Stream<Path> files = Files.list(Path.of("fixtures/all-goals-met"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(file, good.resolve(file.getFileName()));
      }
    }
    Files.writeString(sets.resolve("b-surrogate.json"),
        "{\"name\": \"b\",\n \"enterprises\": [{\"id\": \"E\\ud800\", \"industry\": \"metaverse\", \"revenue\": 1}]}");
    Path fifo = Files.createDirectory(sets.resolve("c-fifo"));
    assertThat(new ProcessBuilder("mkfifo", fifo.resolve("enterprises.csv").toString()).start().waitFor()).isZero();
    Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Path link = Files.createDirectory(sets.resolve("d-link"));
    Files.createSymbolicLink(link.resolve("enterprises.csv"), secret);
    Files.writeString(sets.resolve("e-upper.JSON"), "{}");

    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--out", out.toString(), sets.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    try (Stream<Path> reports = Files.list(out)) {
      assertThat(reports.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          ".plancheck-batch.lock", "junit.xml", "manifest.json", "report.html", "report.json", "report.md",
          "summary.csv", "summary.txt");
    }
    Map<String, String> errors = new HashMap<>();
    for (JsonNode set : new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets")) {
      errors.put(set.get("status").asText() + " " + set.get("source").asText(), set.path("error").asText());
    }
    assertThat(errors.keySet()).containsExactlyInAnyOrder("EVALUATED " + good, "ERROR " + sets.resolve("b-surrogate.json"),
        "ERROR " + fifo, "ERROR " + link, "ERROR " + sets.resolve("e-upper.JSON"));
    assertThat(errors.get("ERROR " + sets.resolve("b-surrogate.json")))
        .startsWith(sets.resolve("b-surrogate.json") + ":2:").contains("enterprises[0].id", "lone surrogate");
    assertThat(errors.get("ERROR " + fifo)).isEqualTo(fifo.resolve("enterprises.csv") + ": not a regular file");
    assertThat(errors.get("ERROR " + link)).contains("symbolic link").doesNotContain("root:x");
    assertThat(errors.get("ERROR " + sets.resolve("e-upper.JSON"))).endsWith("rename it to e-upper.json");
    for (String report : new String[] {"report.json", "summary.txt", "report.md", "junit.xml"}) {
      assertThat(Files.readString(out.resolve(report))).doesNotContain("root:x");
    }
  }
}
