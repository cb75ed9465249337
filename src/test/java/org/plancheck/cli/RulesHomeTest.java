package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without rules/ in the current folder, plancheck uses the rules shipped beside its launcher. */
class RulesHomeTest {
  @TempDir Path temp;

  @Test
  void resolve_prefersGiven_thenRulesHere_thenTheShippedRules() throws IOException {
    Path here = Files.createDirectories(temp.resolve("here"));
    Path home = Path.of("").toAbsolutePath();
    assertThat(RulesOption.resolve(Path.of("mine"), here, home.toString())).isEqualTo(Path.of("mine"));
    assertThat(RulesOption.resolve(null, here, home.toString())).isEqualTo(home.resolve("rules"));
    assertThat(RulesOption.resolve(null, here, null)).isEqualTo(here.resolve("rules"));
    assertThat(RulesOption.resolve(null, here, temp.resolve("no-home").toString())).isEqualTo(here.resolve("rules"));
    Files.createDirectories(here.resolve("rules"));
    assertThat(RulesOption.resolve(null, here, home.toString())).isEqualTo(here.resolve("rules"));
  }

  @Test
  void runFromAnotherFolder_usesTheShippedRules_andSaysSoWithVerbose() throws Exception {
    Path home = Path.of("").toAbsolutePath();
    Path factSet = home.resolve("fixtures/all-goals-met");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-D" + RulesOption.HOME_PROPERTY + "=" + home,
        "org.plancheck.cli.Main", "evaluate", "--verbose", "--no-cache", factSet.toString())
        .directory(temp.toFile()).redirectError(temp.resolve("err.txt").toFile())
        .redirectOutput(temp.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> err = Files.readAllLines(temp.resolve("err.txt"));
    assertThat(err.get(0)).isEqualTo("rules: no rules/ folder here, so using the rules shipped with plancheck in "
        + home.resolve("rules"));
    assertThat(Files.readString(temp.resolve("out.txt"))).endsWith("30 goals, 30 met, 0 missed, 0 unknown\n");
  }

  @Test
  void rulesHere_areUsedWithoutANote() {
    CliHarness.Run run = CliHarness.run("check", "--verbose");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("rules: 30 goals");
  }
}
