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

  /** Runs the command line with {@code args} in a JVM of its own and returns the classes it loaded. */
  private List<String> classesLoaded(String... args) throws Exception {
    Path log = temp.resolve("classes.log");
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), "org.plancheck.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return Files.readAllLines(log);
  }

  @Test
  void settingUpTheCommandLine_buildsNoJsonMapper() throws Exception {
    List<String> loaded = classesLoaded("--version");
    assertThat(loaded).as("the command line was set up")
        .anyMatch(line -> line.contains("org.plancheck.cli.DiffCommand "));
    // A mapper loads some 400 classes of Jackson databind; only diff and the reports need one.
    // (Verifying DiffCommand loads JsonNode, which its methods name: three classes.)
    assertThat(loaded).as("Jackson's ObjectMapper")
        .noneMatch(line -> line.contains("com.fasterxml.jackson.databind.ObjectMapper "));
  }

  @Test
  void aCommandNamedFirst_isTheOnlyOneSetUp_andHelpOrAnythingElseSetsUpAll() {
    assertThat(Cli.commandsFor(new String[] {"goals", "--help"})).containsExactly(GoalsCommand.class);
    assertThat(Cli.commandsFor(new String[] {"batch", "--engine", "spark", "x"})).containsExactly(BatchCommand.class);
    for (String[] args : List.of(new String[] {}, new String[] {"help", "goals"}, new String[] {"--help"},
        new String[] {"evalute"}, new String[] {"--version"})) {
      assertThat(Cli.commandsFor(args)).as(String.join(" ", args)).hasSize(9).contains(DiffCommand.class);
    }
  }
}
