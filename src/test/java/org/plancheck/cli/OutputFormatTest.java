package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --output without --format takes the format from the extension, or refuses. */
class OutputFormatTest {
  @TempDir Path temp;

  @Test
  void jsonExtension_writesJson() throws IOException {
    Path file = temp.resolve("q4.JSON");
    assertThat(run("evaluate", "--output", file.toString(), "fixtures/all-goals-met").code()).isZero();
    assertThat(new ObjectMapper().readTree(file.toFile()).get("summary").get("met").asInt()).isEqualTo(30);
  }

  @Test
  void txtExtension_writesTheTable() throws IOException {
    Path file = temp.resolve("q4.txt");
    assertThat(run("evaluate", "--output", file.toString(), "fixtures/all-goals-met").code()).isZero();
    assertThat(Files.readString(file)).startsWith("GOAL ");
  }

  @Test
  void anExplicitFormat_winsOverTheExtension() throws IOException {
    Path file = temp.resolve("q4.json");
    run("evaluate", "--format", "table", "--output", file.toString(), "fixtures/all-goals-met");
    assertThat(Files.readString(file)).startsWith("GOAL ");
  }

  @Test
  void unknownExtension_isRefused_andNothingIsWritten() {
    Path file = temp.resolve("q4.md");
    CliHarness.Run run = run("evaluate", "--output", file.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--output " + file + ": cannot tell the report format from the file name; "
        + "give --format table or --format json, or name the file .txt or .json\n");
    assertThat(file).doesNotExist();
  }
}
