package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** plancheck batch over the shipped fixtures, a generated set of 50 fact sets, and failures. */
class BatchCommandTest {
  private static final List<String> REPORTS = List.of(".plancheck-batch.lock", "junit.xml", "manifest.json",
      "report.html", "report.json", "report.md", "summary.csv", "summary.txt");

  @TempDir Path temp;

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void batchOverFixtures_writesEveryReport_andReportsBadFactSetsAsErrorsWhileTheRestGoOn() throws Exception {
    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--jobs", "2", "--out", out.toString(), "fixtures");
    assertThat(run.code()).isEqualTo(2);
    assertThat(files(out)).containsExactlyElementsOf(REPORTS);
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode sets = json.get("factSets");
    long errors = 0;
    for (JsonNode set : sets) {
      if (set.get("status").asText().equals("ERROR")) {
        errors++;
        assertThat(set.get("error").asText()).startsWith("fixtures/invalid-");
      } else {
        assertThat(set.get("report").get("goals")).hasSize(30);
      }
    }
    assertThat(errors).isEqualTo(31);
    assertThat(sets.size() - errors).isEqualTo(12);
    assertThat(run.out()).startsWith("43 fact sets: 1 with every goal met or pending, 11 with goals missed or unknown, 31 errors\n");
    assertThat(json.get("trajectories").findValuesAsText("trajectory"))
        .contains("ON_TRACK", "NEEDS_ACCELERATION", "LIMITED_PROGRESS", "DETERIORATING", "INSUFFICIENT_DATA");
    assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(1 + 43 * 30);
    assertThat(Files.readString(out.resolve("summary.txt"))).contains("GOALS x FACT SETS", "TRAJECTORIES");
  }

  @Test
  void junitXml_isValid_withFailuresSkipsAndErrorsWhereTheyBelong() throws Exception {
    Path out = temp.resolve("r");
    run("batch", "--format", "junit", "--out", out.toString(), "fixtures/shanghai-2025",
        "fixtures/data-files-absent", "fixtures/invalid-negative-amount");
    assertThat(files(out)).containsExactly(".plancheck-batch.lock", "junit.xml", "manifest.json");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document xml = factory.newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
    var suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element shanghai = (Element) suites.item(0);
    assertThat(shanghai.getAttribute("failures")).isEqualTo("7");
    assertThat(shanghai.getElementsByTagName("failure").getLength()).isEqualTo(7);
    Element absent = (Element) suites.item(1);
    assertThat(absent.getElementsByTagName("skipped").getLength()).isEqualTo(14);
    Element invalid = (Element) suites.item(2);
    assertThat(invalid.getElementsByTagName("error").getLength()).isEqualTo(30);
  }

  @Test
  void fiftyGeneratedFactSets_inParallel_produceEveryReport() throws Exception {
    Path sets = Files.createDirectories(temp.resolve("districts"));
    Random random = new Random(50);
    for (int i = 1; i <= 50; i++) {
      Files.writeString(sets.resolve(String.format("district-%02d.json", i)), district(i, random));
    }
    Path out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--jobs", "2", "--out", out.toString(), sets.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    assertThat(files(out)).containsExactlyElementsOf(REPORTS);
    assertThat(new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets")).hasSize(50);
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("district-50");
    assertThat(run.out()).startsWith("50 fact sets: 0 with every goal met or pending, 50 with goals missed or unknown, 0 errors");
  }

  /** A small district register in the JSON form: a few firms of each industry, some clusters. */
  static String district(int n, Random random) {
    StringBuilder json = new StringBuilder("{\"name\": \"district-" + String.format("%02d", n)
        + "\", \"asOf\": \"" + (2022 + n % 4) + "-06-30\", \"region\": \"District " + (n % 13) + "\",\n \"enterprises\": [");
    String[] industries = {"green-low-carbon", "metaverse", "intelligent-terminal"};
    for (int i = 0; i < 30; i++) {
      json.append(i == 0 ? "" : ",").append("\n  {\"id\": \"E").append(i).append("\", \"industry\": \"")
          .append(industries[i % 3]).append("\", \"revenue\": \"").append(1 + random.nextInt(900))
          .append("亿\", \"designations\": [\"").append(random.nextBoolean() ? "leader" : "core").append("\"]}");
    }
    json.append("],\n \"clusters\": [");
    for (int i = 0; i < 5; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"C").append(i)
          .append("\", \"industry\": \"green-low-carbon\", \"scale\": ").append(random.nextInt(2000)).append("e8}");
    }
    return json.append("]}\n").toString();
  }

  @Test
  void progressBar_isDrawnOnATerminal_andNotOtherwise() {
    java.io.StringWriter err = new java.io.StringWriter();
    String[] args = {"batch", "--format", "txt", "--out", temp.toString(), "fixtures/shanghai-2025", "fixtures/invalid-bad-date"};
    Cli.run(args, new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true), true);
    assertThat(err.toString()).contains("\r[###############---------------] 1/2 fact sets")
        .endsWith("\r[##############################] 2/2 fact sets, 1 error\n");
    assertThat(run(args).err()).isEmpty();
  }

  @Test
  void runawayRule_makesEachFactSetAnError_andTheBatchGoesOn() throws IOException {
    Path rules = org.plancheck.testing.RuleFolders.copyOfShippedRules(temp);
    Files.writeString(rules.resolve("zz-loop.drl"), """
        package loop;
        rule "LOOP copies scenarios forever"
        when
            $s : Scenario()
        then
            insert(new Scenario($s.getId() + "+", "", $s.getIndustry(), ""));
        end
        """);
    Path out = temp.resolve("r");
    CliHarness.Run run = run("batch", "--rules", rules.toString(), "--max-firings", "2000", "--format", "json",
        "--out", out.toString(), "fixtures/shanghai-2025", "fixtures/all-goals-met");
    assertThat(run.code()).isEqualTo(2);
    JsonNode sets = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets");
    assertThat(sets).hasSize(2).allSatisfy(set -> assertThat(set.get("error").asText())
        .contains("rule \"LOOP copies scenarios forever\" kept firing and was stopped after 2000 rule firings")
        .contains("raise the limit with --max-firings"));
  }

  @Test
  void batchWithNoFactSetOrBadRules_exitsTwo() throws IOException {
    assertThat(run("batch", "--out", temp.toString(), temp.resolve("nothing").toString()).code()).isEqualTo(2);
    assertThat(run("batch", "--jobs", "0", "fixtures/shanghai-2025").code()).isEqualTo(2);
  }

  @Test
  void rerun_replacesReportsWhole_leavingNoTemporaryFiles() throws IOException {
    Path out = temp.resolve("r");
    run("batch", "--format", "txt", "--out", out.toString(), "fixtures/shanghai-2025");
    String first = Files.readString(out.resolve("summary.txt"));
    run("batch", "--format", "txt", "--out", out.toString(), "fixtures/all-goals-met");
    assertThat(files(out)).containsExactly(".plancheck-batch.lock", "manifest.json", "summary.txt");
    assertThat(Files.readString(out.resolve("summary.txt"))).isNotEqualTo(first).contains("all-goals-met");
  }
}
