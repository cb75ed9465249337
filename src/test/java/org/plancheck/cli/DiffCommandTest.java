package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path temp;

  private Path report(String factSet) {
    Path file = temp.resolve(Path.of(factSet).getFileName() + ".json");
    run("evaluate", "--format", "json", "--output", file.toString(), factSet);
    return file;
  }

  @Test
  void goalsThatWereMetAndNoLongerAre_exitOne_withTheMovesShown() {
    CliHarness.Run run = run("diff", report("fixtures/all-goals-met").toString(), report("fixtures/shanghai-2025").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("MV-SCALE +MET -> MISSED +~[\\d.]+ \\w+ -> ~330.67 billion \\(~-[\\d.]+ \\w+\\) +0 -> ~19.33 billion \\(~\\+19.33 billion\\)")
        .contains("7 goals changed status; some goal that was MET no longer is");
  }

  @Test
  void unchangedGoals_areCountedNotListed_unlessAll() {
    Path before = report("fixtures/shanghai-2025");
    CliHarness.Run run = run("diff", before.toString(), before.toString());
    assertThat(run.out()).doesNotContain("GLC-SCALE").startsWith("30 goals unchanged (--all lists them)\n");
    CliHarness.Run all = run("diff", "--all", before.toString(), before.toString());
    assertThat(all.out()).contains("GLC-SCALE", "~519.58 billion").doesNotContain("unchanged");
  }

  @Test
  void aChangeTooSmallToShowRounded_isWrittenExactly() throws IOException {
    Path a = Files.writeString(temp.resolve("a.json"),
        "{\"goals\": [{\"id\": \"G\", \"status\": \"MET\", \"unit\": \"yuan\", \"actual\": 519583000000, \"gap\": 0}]}");
    Path b = Files.writeString(temp.resolve("b.json"),
        "{\"goals\": [{\"id\": \"G\", \"status\": \"MET\", \"unit\": \"yuan\", \"actual\": 519583000000.01, \"gap\": 0}]}");
    assertThat(run("diff", a.toString(), b.toString()).out())
        .contains("~519.58 billion -> ~519.58 billion (+0.01)");
  }

  @Test
  void onlyImprovements_exitZero() {
    CliHarness.Run run = run("diff", report("fixtures/shanghai-2025").toString(), report("fixtures/all-goals-met").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("GLC-CLUSTERS-10B", "MISSED -> MET").endsWith("7 goals changed status\n");
  }

  @Test
  void sameReport_changesNothing() {
    Path same = report("fixtures/shanghai-2025");
    CliHarness.Run run = run("diff", same.toString(), same.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("0 goals changed status\n");
  }

  @Test
  void notAReport_exitsTwoNamingTheFile() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.json"), "{\"hello\": 1}");
    CliHarness.Run run = run("diff", bad.toString(), bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(bad + ": not a plancheck report: it has no \"goals\" array\n");
  }

  private Path goal(String name, String actual, String gap) throws IOException {
    return Files.writeString(temp.resolve(name), "{\"goals\": [{\"id\": \"G\", \"status\": \"MISSED\", \"actual\": "
        + actual + ", \"gap\": " + gap + "}]}\n");
  }

  @Test
  void numbersAreExactDecimals_soAMillionthIsSeen() throws IOException {
    CliHarness.Run run = run("diff", goal("a.json", "519583000000.5", "1").toString(),
        goal("b.json", "519583000000.500001", "0.999999").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("519583000000.5 -> 519583000000.500001 (+0.000001)", "1 -> 0.999999 (-0.000001)");
  }

  @Test
  void hugeNumbers_areCompared() throws IOException {
    CliHarness.Run run = run("diff", goal("a.json", "1e309", "0").toString(), goal("b.json", "2e309", "0").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1" + "0".repeat(309) + " -> 2" + "0".repeat(309) + " (+1" + "0".repeat(309) + ")");
  }

  @Test
  void aNumberFieldHoldingText_isALocatedError() throws IOException {
    Path bad = goal("bad.json", "\"x\"", "0");
    CliHarness.Run run = run("diff", bad.toString(), bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(bad + ": goals[0] (G): \"actual\" must be a number or null, got \"x\"\n");
  }

  @Test
  void anAbsurdExponent_isRefused_notComputed() throws IOException {
    Path bad = goal("bad.json", "1e999999999", "0");
    CliHarness.Run run = run("diff", bad.toString(), goal("ok.json", "1", "0").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(bad + ": goals[0] (G): \"actual\" is out of range");
  }
}
