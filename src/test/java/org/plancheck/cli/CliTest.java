package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process and checks its output and exit code. */
class CliTest {
  @TempDir Path temp;

  private static CliHarness.Run run(String... args) {
    return CliHarness.run(args);
  }

  @Test
  void evaluate_printsATableOfEveryGoal_andASummary_exitOneWhenAnyMissed() {
    CliHarness.Run run = run("evaluate", "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(header ->
        assertThat(header).matches("GOAL +PLAN +STATUS +ACTUAL +TARGET +GAP"));
    assertThat(run.out()).containsPattern("GLC-CLUSTERS-10B +green-low-carbon +MISSED +4 +>= 5 clusters +1\n")
        .containsPattern("GLC-SCALE +green-low-carbon +MET +~519.58 billion +> 500 billion yuan +0\n")
        .endsWith("shanghai-2025 (Shanghai, as of 2025-12-31): 30 goals, 23 met, 7 missed, 0 unknown\n");
  }

  @Test
  void evaluate_exitsZeroWhenEveryGoalIsMet() {
    assertThat(run("evaluate", "fixtures/all-goals-met").code()).isZero();
  }

  @Test
  void evaluate_listsWhyGoalsAreUnknown() {
    CliHarness.Run run = run("evaluate", "fixtures/data-files-absent");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("MV-SCENARIOS is UNKNOWN: needs scenarios data (scenarios.csv), which the fact set does not hold");
  }

  @Test
  void formatJson_printsTheJsonReport() throws IOException {
    CliHarness.Run run = run("evaluate", "--format", "json", "fixtures/thresholds-exactly-at-target");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("goals")).hasSize(30);
    assertThat(json.get("summary").get("missed").asInt()).isEqualTo(6);
  }

  @Test
  void output_writesTheReportToAFile_andPrintsTheSummary() throws IOException {
    Path file = temp.resolve("reports/q4.json");
    CliHarness.Run run = run("evaluate", "--format=json", "--output", file.toString(), "fixtures/all-goals-met");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("all-goals-met (Shanghai, as of 2025-12-31): 30 goals, 30 met, 0 missed, 0 unknown\n");
    assertThat(new ObjectMapper().readTree(file.toFile()).get("factSet").get("name").asText()).isEqualTo("all-goals-met");
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void badFacts_exitTwo_withTheLocatedErrorAndNoReport() {
    CliHarness.Run run = run("evaluate", "fixtures/invalid-negative-amount");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("fixtures/invalid-negative-amount/clusters.csv:2: scale: an amount cannot be negative, got '-5亿'\n");
  }

  @Test
  void aLimitExceeded_namesTheOptionThatRaisesIt() {
    CliHarness.Run run = run("evaluate", "--max-rows", "1", "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).endsWith("; raise the limit with --max-rows\n").doesNotContain("Limits.");
    CliHarness.Run firings = run("evaluate", "--max-firings", "3", "fixtures/shanghai-2025");
    assertThat(firings.code()).isEqualTo(2);
    assertThat(firings.err()).contains("(raise the limit with --max-firings if the rules really need more)")
        .doesNotContain("withMaxFirings");
  }

  @Test
  void brokenRules_exitTwo_withEveryProblemAsFileLineColumn_andNoStackTrace() throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.copy(Path.of("rules/shanghai-facts.drl"), rules.resolve("shanghai-facts.drl"));
    for (String name : new String[] {"green-low-carbon.drl", "metaverse.drl"}) {
      String text = Files.readString(Path.of("rules", name));
      Files.writeString(rules.resolve(name), text.replaceFirst("industry ==", "industri =="));
    }
    CliHarness.Run run = run("evaluate", "--rules", rules.toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.matches(".*\\.drl:\\d+:\\d+: error: EnterpriseGroup has no field 'industri'.*"));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void compileAndMetadataErrors_areReportedTogether_inFileOrder() throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.copy(Path.of("rules/shanghai-facts.drl"), rules.resolve("shanghai-facts.drl"));
    Files.writeString(rules.resolve("a.drl"), Files.readString(Path.of("rules/green-low-carbon.drl"))
        .replaceFirst("    @target\\(\"500 billion\"\\)\n", ""));
    Files.writeString(rules.resolve("b.drl"), Files.readString(Path.of("rules/metaverse.drl"))
        .replaceFirst("industry == \"metaverse\"", "industri == \"metaverse\""));
    CliHarness.Run run = run("evaluate", "--rules", rules.toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        rules.resolve("a.drl") + ":17:1: error: goal rule has no @target; every goal rule needs "
            + "@goal, @plan, @title, @comparator, @target, @unit, @deadline",
        rules.resolve("b.drl") + ":28:30: error: EnterpriseGroup has no field 'industri' (in 'industri == \"metaverse\"')");
  }

  @Test
  void generate_writesAReproducibleFactSet() throws IOException {
    CliHarness.Run run = run("generate", "--enterprises", "1500", "--seed", "5", temp.resolve("a").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("wrote 1500 rows per register kind to " + temp.resolve("a") + "\n");
    run("generate", "--enterprises", "1500", "--seed", "5", temp.resolve("b").toString());
    assertThat(Files.mismatch(temp.resolve("a/enterprises.csv"), temp.resolve("b/enterprises.csv"))).isEqualTo(-1L);
    assertThat(run("evaluate", temp.resolve("a").toString()).out()).contains("30 goals");
    assertThat(run("generate", "--enterprises", "0", temp.resolve("c").toString()).code()).isEqualTo(2);
  }

  @Test
  void generateXlsx_writesAWorkbook_thatEvaluateExplainAndBatchRead() throws IOException {
    Path workbook = temp.resolve("synthetic.xlsx");
    CliHarness.Run run = run("generate", "--format", "xlsx", "--rows", "300", "--seed", "5", workbook.toString());
    assertThat(run.code()).isZero();
    Path csv = temp.resolve("synthetic");
    run("generate", "--rows", "300", "--seed", "5", csv.toString());
    // The same fact set in both forms, named alike: the same report, byte for byte.
    assertThat(run("evaluate", "--format", "json", workbook.toString()).out())
        .isEqualTo(run("evaluate", "--format", "json", csv.toString()).out());
    assertThat(run("explain", "GLC-SCALE", workbook.toString()).code()).isIn(0, 1);
    CliHarness.Run batch = run("batch", "--format", "txt", "--out", temp.resolve("reports").toString(), workbook.toString());
    assertThat(batch.out()).startsWith("1 fact set");
    assertThat(run("generate", "--format", "xlsx", "--rows", "3", temp.resolve("w.xls").toString()).err())
        .isEqualTo(temp.resolve("w.xls") + ": a workbook's name must end in .xlsx\n");
  }

  @Test
  void verbose_saysWhetherTheRuleCacheWasUsed() {
    String cache = temp.resolve("cache").toString();
    assertThat(run("evaluate", "--verbose", "--cache-dir", cache, "fixtures/shanghai-2025").err())
        .startsWith("rules: compiled in ");
    assertThat(run("evaluate", "--verbose", "--cache-dir", cache, "fixtures/shanghai-2025").err())
        .startsWith("rules: loaded from the cache in ").contains("facts: read 3727 in ");
  }

  @Test
  void badUsage_exitsTwo() {
    assertThat(run("evaluate", "--format", "xml", "fixtures/shanghai-2025").code()).isEqualTo(2);
    assertThat(run("evaluate").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void help_listsTheExitCodes() {
    CliHarness.Run run = run("evaluate", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Exit codes:", "0   every goal MET", "1   some goal MISSED or UNKNOWN",
        "2   bad usage, bad facts or bad rules", "3   an unexpected internal error");
  }
}
