package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;
import org.w3c.dom.Document;

/** check, goals, test and explain on the shipped rules and on deliberately broken copies. */
class AuthoringCommandsTest {
  @TempDir Path temp;

  private Path copyOfRules() throws IOException {
    return RuleFolders.copyOfShippedRules(temp);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    RuleFolders.edit(file, from, to);
  }

  @Test
  void check_shippedRulesAreClean() {
    CliHarness.Run run = run("check");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("rules: 30 goals, 0 errors, 0 warnings\n");
  }

  @Test
  void check_reportsEveryProblemOfABrokenCopy_asFileLineColumnSeverity() throws IOException {
    Path rules = copyOfRules();
    edit(rules.resolve("metaverse.drl"), "industry == \"metaverse\"", "industri == \"metaverse\"");
    edit(rules.resolve("metaverse.drl"), "@goal(\"MV-PRODUCTS\")", "@goal(\"MV-SCENARIOS\")");
    edit(rules.resolve("green-low-carbon.drl"),
        "    @source(\"Develop a hundred core enterprises.\") @source_zh(\"培育一百家绿色低碳核心企业。\")\n", "");
    edit(rules.resolve("intelligent-terminal.drl"), "@deadline(\"2025-12-31\")", "@deadline(\"2025\")");
    CliHarness.Run run = run("check", "--rules", rules.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out().lines()).containsExactly(
        rules.resolve("green-low-carbon.drl") + ":116:5: warning: goal GLC-CORE has no @source; paraphrase the plan's wording so readers can check the reading",
        rules.resolve("intelligent-terminal.drl") + ":22:5: error: @deadline must be a date like 2025-12-31; got '2025'",
        rules.resolve("metaverse.drl") + ":28:30: error: EnterpriseGroup has no field 'industri' (in 'industri == \"metaverse\"')",
        rules.resolve("metaverse.drl") + ":96:5: error: rule name \"MV-PRODUCTS iconic products and services\" must begin with its goal id MV-SCENARIOS",
        rules + ": 28 goals, 3 errors, 1 warning");
  }

  @Test
  void goals_listsTheCatalogueAsTableJsonAndMarkdown() throws IOException {
    CliHarness.Run table = run("goals");
    assertThat(table.out()).containsPattern("GLC-SCALE +green-low-carbon +> 500 billion yuan +2025-12-31 +Industry scale").endsWith("30 goals\n");
    JsonNode json = new ObjectMapper().readTree(run("goals", "--format", "json").out());
    assertThat(json.get("goals")).hasSize(30);
    JsonNode first = json.get("goals").get(0);
    assertThat(first.get("id").asText()).isEqualTo("ALL-SCALE");
    assertThat(first.get("target").decimalValue()).isEqualByComparingTo("1500000000000");
    assertThat(first.get("line").asInt()).isEqualTo(17);
    String md = run("goals", "--format", "markdown").out();
    assertThat(md).startsWith("# Goal catalogue\n").contains("\n## metaverse\n")
        .contains("| GLC-SCALE | Industry scale | more than 500 billion yuan | 2025-12-31 |");
  }

  @Test
  void goals_onBrokenRules_exitsTwoWithTheErrors() throws IOException {
    Path rules = copyOfRules();
    edit(rules.resolve("metaverse.drl"), "@comparator(\">=\")", "@comparator(\"at least\")");
    CliHarness.Run run = run("goals", "--rules", rules.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("metaverse.drl:21:5: error: @comparator must be one of");
  }

  @Test
  void test_runsEveryFixtureCase_andEndsWithTheTally() throws IOException {
    long cases;
    try (Stream<Path> folders = Files.list(Path.of("fixtures"))) {
      cases = folders.filter(f -> Files.exists(f.resolve("expected.json"))).count();
    }
    CliHarness.Run run = run("test");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("PASS  shanghai-2025\n").endsWith(cases + " passed, 0 failed\n");
  }

  @Test
  void test_showsAFailureSideBySide_andExitsOne() throws IOException {
    Path rules = copyOfRules();
    edit(rules.resolve("green-low-carbon.drl"), "@comparator(\">\")", "@comparator(\">=\")");
    CliHarness.Run run = run("test", "--rules", rules.toString(), "--run", "thresholds");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("""
        FAIL  thresholds-exactly-at-target
              GOAL       EXPECTED             ACTUAL
              GLC-SCALE  MISSED 500000000000  MET 500000000000
        0 passed, 1 failed
        """);
  }

  @Test
  void test_junitFormat_isValidXmlWithOneTestcasePerCase() throws Exception {
    CliHarness.Run run = run("test", "--format", "junit", "--run", "^invalid-un");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("7");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(7);
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void test_jsonFormat_andCoverageThreshold() throws IOException {
    CliHarness.Run run = run("test", "--format", "json", "--coverage-threshold", "100", "fixtures/shanghai-2025");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("coverage").get("percent").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("coverage 50.0% is below the threshold of 100%\n");
    CliHarness.Run all = run("test", "--coverage", "--coverage-threshold", "100");
    assertThat(all.out()).contains("coverage: 100.0% of goal outcomes; 30 of 30 goals seen both MET and MISSED");
    assertThat(all.code()).isZero();
  }

  @Test
  void test_badExpectedJson_exitsTwoNamingLineAndField() throws IOException {
    Path cases = Files.createDirectories(temp.resolve("cases/typo"));
    Files.writeString(cases.resolve("scenarios.csv"), "id,industry\n");
    Files.writeString(cases.resolve("expected.json"), "{\"description\": \"x\",\n \"goals\": {\"MV-SCENARIOS\": {\"status\": \"MISSD\"}}}\n");
    CliHarness.Run run = run("test", temp.resolve("cases").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(cases.resolve("expected.json")
        + ":2:39: goals.MV-SCENARIOS.status: expected one of [MET, MISSED, PENDING, UNKNOWN], got 'MISSD'\n");
  }

  @Test
  void explain_missedGoal_saysMeasureTargetGapAndWhatCounted() {
    CliHarness.Run run = run("explain", "GLC-SCALE", "fixtures/thresholds-exactly-at-target");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("The goal: the measure must be more than 500 billion yuan (> 500000000000).")
        .contains("Status: MISSED. It is 500 billion yuan (500000000000), 100% of the target, so 0.01 yuan (0.01) is still needed.")
        .contains("counted 1110 enterprises; the measure is the sum of their revenue")
        .contains("$g : EnterpriseGroup(industry == \"green-low-carbon\", $revenue : revenue);")
        .contains("The facts that counted, 10 of 1110 (--all lists every one):");
    assertThat(run("explain", "--all", "GLC-SCALE", "fixtures/thresholds-exactly-at-target").out().lines()
        .filter(l -> l.startsWith("  E")).count()).isEqualTo(1110);
  }

  @Test
  void explain_onBrokenRules_exitsTwoWithTheErrors() throws IOException {
    Path rules = copyOfRules();
    edit(rules.resolve("green-low-carbon.drl"), "@target(\"500 billion\")", "@target(\"lots\")");
    CliHarness.Run run = run("explain", "--rules", rules.toString(), "GLC-SCALE", "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(rules.resolve("green-low-carbon.drl") + ":22:5: error: @target: expected an amount");
  }

  @Test
  void explain_unknownGoal_saysWhatDataIsMissing() {
    CliHarness.Run run = run("explain", "MV-PRODUCTS", "fixtures/data-files-absent");
    assertThat(run.out()).contains("Status: UNKNOWN. The goal needs products data (products.csv), which the fact set does not hold.");
    assertThat(run("explain", "NOPE", "fixtures/data-files-absent").code()).isEqualTo(2);
  }
}
