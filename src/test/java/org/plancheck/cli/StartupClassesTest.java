package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every run pays before its command starts: picocli creates every command to set up the
 * command line, so a command's static fields are built by every run. Checked in a fresh JVM,
 * since this one has loaded everything already.
 */
class StartupClassesTest {
  @TempDir Path temp;

  @Test
  void settingUpTheCommandLine_buildsNoJsonMapper() throws Exception {
    Path log = temp.resolve("classes.log");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        "org.plancheck.cli.Main", "--version")
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as("the command line was set up")
        .anyMatch(line -> line.contains("org.plancheck.cli.DiffCommand "));
    // A mapper loads some 400 classes of Jackson databind; only diff and the reports need one.
    // (Verifying DiffCommand loads JsonNode, which its methods name: three classes.)
    assertThat(loaded).as("Jackson's ObjectMapper")
        .noneMatch(line -> line.contains("com.fasterxml.jackson.databind.ObjectMapper "));
  }
}
