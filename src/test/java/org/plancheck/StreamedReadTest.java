package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plancheck.testing.StreamedVsHeld.assertSameReportOrError;
import static org.plancheck.testing.StreamedVsHeld.counting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.StreamedVsHeld;

/**
 * {@link Evaluator#read} streams kinds the rules see only as groups; evaluating what it reads
 * must give exactly what evaluating the fact set held whole gives: the same report bytes, the
 * same counted facts, the same error.
 */
class StreamedReadTest {
  private static final Path FIXTURES = Path.of("fixtures");
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  @TestFactory
  Stream<DynamicTest> everyFixture_givesTheSameReportOrError_streamedAsHeld() throws IOException {
    List<Path> cases = new ArrayList<>();
    for (Path folder : list(FIXTURES)) {
      cases.add(folder);
      list(folder).stream().filter(f -> f.toString().endsWith(".json") && !f.endsWith("expected.json")
          && !f.endsWith("factset.json")).forEach(cases::add);
    }
    assertThat(cases).hasSizeGreaterThan(30);
    return cases.stream().map(c -> DynamicTest.dynamicTest(FIXTURES.relativize(c).toString(), () -> assertSameReportOrError(RULES, c)));
  }

  @Test
  void generatedRegister_ofManyGroups_givesTheSameReportAndCountedFacts(@TempDir Path dir) throws IOException {
    FactSets.writeCsv(SyntheticFactSets.generate(RULES.schema(), 30_000, 7), dir);
    assertSame(RULES, dir);
  }

  @Test
  void groupsWithMembersLackingAmounts_andWholeAndFractionalSums_matchTheHeldGroups(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("facts.drl", StreamedVsHeld.FIRM, "plan.drl", """
        package test;
        global org.plancheck.Measurements measurements;
        declare FirmGroup
            @groups("Firm")
            district : String
            size : String
            firms : int @count
            output : java.math.BigDecimal @sum
            staff : int @sum
        end
        rule "G1 output in large groups"
            @goal("G1") @plan("test") @title("output") @target("0") @comparator(">=") @unit("yuan") @deadline("2025-12-31")
            @source("test")
        when
            accumulate(FirmGroup(firms >= 2, $o : output, $g : this); $sum : sum($o), $all : collectList($g))
        then
            measurements.record(drools, $sum, $all);
        end
        rule "G2 staff everywhere"
            @goal("G2") @plan("test") @title("staff") @target("0") @comparator(">=") @unit("enterprises") @deadline("2025-12-31")
            @source("test")
        when
            accumulate(FirmGroup($s : staff, $g : this); $sum : sum($s), $all : collectList($g))
        then
            measurements.record(drools, $sum, $all);
        end
        """));
    StringBuilder csv = new StringBuilder("id,district,size,output,staff\n");
    int rows = 20_000;
    for (int i = 0; i < rows; i++) {
      // Half the rows in one group whose whole sum outgrows a long; the rest spread over groups
      // with blank amounts (ranked by id) and fractions.
      boolean big = i % 2 == 0;
      String output = big ? "999999999999999" : i % 7 == 1 ? "" : i % 5 == 1 ? (i * 3) + ".25" : String.valueOf(i * 1000L);
      csv.append("F").append(String.format("%05d", (i * 7919) % rows)).append(',')
          .append(big ? "BIG" : "D" + (i % 13)).append(',').append(big || i % 3 == 0 ? "" : "S" + (i % 4)).append(',')
          .append(output).append(',').append(i % 9).append('\n');
    }
    Files.writeString(dir.resolve("firms.csv"), csv);
    assertSame(rules, dir);
  }

  @TestFactory
  Stream<DynamicTest> everyFixture_underARuleOverSingleEnterprises_givesTheSameReport() throws IOException {
    Map<String, String> texts = new java.util.TreeMap<>();
    for (Path drl : list(Path.of("rules"))) {
      texts.put(drl.getFileName().toString(), Files.readString(drl));
    }
    texts.put("natural.drl", counting("NAT-1", "Enterprise(industry == \"intelligent-terminal\", revenue > 5000000000)")
        .replace("package test;", "package plancheck.shanghai;"));
    Evaluator natural = Evaluator.fromRuleTexts(texts);
    return list(FIXTURES).stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
        () -> assertSameReportOrError(natural, c)));
  }

  @Test
  void rulesOverSingleFacts_seeTheSameFacts_whenOnlyThoseTheirConditionsLetThroughAreKept(@TempDir Path dir)
      throws IOException {
    String goals = counting("P1", "Firm(output > 12000000)")
        + counting("P2", "Firm(district == \"D1\" || district == \"D2\", staff >= 8)").replace("package test;", "")
        + counting("P3", "Firm(district str[startsWith] \"D1\", size != \"\")").replace("package test;", "")
        + counting("P4", "Firm(size memberOf java.util.List.of(\"S1\", \"S3\"), output < 2000)").replace("package test;", "")
        + counting("P5", "Firm(staff == 7, $s : size) and Firm(size == $s, staff == 3)").replace("package test;", "");
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("facts.drl", StreamedVsHeld.FIRM, "goals.drl", goals));
    // The same goals beside one that matches every firm: nothing is filtered, every firm is
    // inserted, and the rule engine alone decides what each goal counts.
    Evaluator unfiltered = Evaluator.fromRuleTexts(Map.of("facts.drl", StreamedVsHeld.FIRM, "goals.drl", goals,
        "all.drl", counting("ALL", "Firm()")));
    StreamedVsHeld.firms(dir, 5_000);
    assertSame(rules, dir);
    Report filtered = rules.evaluate(rules.read(dir));
    Report whole = unfiltered.evaluate(FactSets.read(dir, unfiltered.schema()));
    List<GoalResult> sameGoals = whole.goals().stream().filter(g -> !g.id().equals("ALL")).toList();
    assertThat(new Report(filtered.factSet(), "rules", filtered.goals()).toJson())
        .isEqualTo(new Report(whole.factSet(), "rules", sameGoals).toJson());
    assertThat(filtered.goals()).allMatch(g -> g.status() != Status.UNKNOWN);
    FactSet read = rules.read(dir);
    org.plancheck.evaluation.StreamedKind kept =
        (org.plancheck.evaluation.StreamedKind) ((org.plancheck.facts.StreamedFacts) read.facts("firms")).reduction();
    assertThat(kept.kept()).as("only facts some condition lets through").hasSizeBetween(1, read.size() - 1);
  }


  @Test
  void aRuleThatMatchesEveryFact_isReadWhole(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("facts.drl", StreamedVsHeld.FIRM, "plan.drl", counting("W1", "Firm()")));
    StreamedVsHeld.firms(dir, 5_000);
    assertSameReportOrError(rules, dir);
    assertThat(rules.read(dir).facts("firms")).isInstanceOf(org.plancheck.facts.FactTable.class);
  }


  @Test
  void listingStreamedFacts_afterTheFileChanged_isRefused(@TempDir Path dir) throws IOException {
    FactSets.writeCsv(SyntheticFactSets.generate(RULES.schema(), 2_000, 3), dir);
    FactSet facts = RULES.read(dir);
    Report report = RULES.evaluate(facts);
    Files.writeString(dir.resolve("enterprises.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
    GoalResult counted = report.goals().stream().filter(g -> g.evidence().count() > 0).findFirst().orElseThrow();
    assertThatThrownBy(() -> counted.counted().get(0))
        .isInstanceOf(FactFormatException.class)
        .hasMessageContaining("enterprises.csv")
        .hasMessageContaining("the file changed after it was evaluated");
  }

  @Test
  void duplicateIdFarApart_isReportedAtItsSecondLine_withTheFirst(@TempDir Path dir) throws IOException {
    FactSets.writeCsv(SyntheticFactSets.generate(RULES.schema(), 5_000, 5), dir);
    Path file = dir.resolve("enterprises.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    String firstId = lines.get(10).substring(0, lines.get(10).indexOf(','));
    String row = lines.get(4_000);
    lines.set(4_000, firstId + row.substring(row.indexOf(',')));
    Files.write(file, lines);
    assertThatThrownBy(() -> RULES.read(dir))
        .isInstanceOf(FactFormatException.class)
        .hasMessageContaining("enterprises.csv:4001")
        .hasMessageContaining("duplicate id '" + firstId + "'; first used on line 11");
    assertThatThrownBy(() -> FactSets.read(dir, RULES.schema()))
        .hasMessageContaining("enterprises.csv:4001")
        .hasMessageContaining("first used on line 11");
  }

  /** Evaluates a fact set that must evaluate, streamed and held. */
  @Test
  void aRepeatedIdBeforeABadValue_isReportedFirst_andABadValueBeforeARepeatedId_likewise(@TempDir Path dir)
      throws IOException {
    FactSets.writeCsv(SyntheticFactSets.generate(RULES.schema(), 5_000, 5), dir);
    Path file = dir.resolve("enterprises.csv");
    List<String> original = Files.readAllLines(file);
    String firstId = original.get(10).substring(0, original.get(10).indexOf(','));
    List<String> lines = new ArrayList<>(original);
    String row = lines.get(3_000);
    lines.set(3_000, firstId + row.substring(row.indexOf(',')));
    lines.set(4_000, lines.get(4_000).replace(",false", ",maybe").replace(",true", ",maybe"));
    Files.write(file, lines);
    assertThatThrownBy(() -> RULES.read(dir)).hasMessageContaining("enterprises.csv:3001")
        .hasMessageContaining("duplicate id '" + firstId + "'; first used on line 11");

    lines = new ArrayList<>(original);
    row = lines.get(4_000);
    lines.set(4_000, firstId + row.substring(row.indexOf(',')));
    lines.set(3_000, lines.get(3_000).replace(",false", ",maybe").replace(",true", ",maybe"));
    Files.write(file, lines);
    assertThatThrownBy(() -> RULES.read(dir)).hasMessageContaining("enterprises.csv:3001")
        .hasMessageContaining("maybe");
  }

  private static void assertSame(Evaluator rules, Path factSet) {
    assertSameReportOrError(rules, factSet);
    assertThat(FactSets.read(factSet, rules.schema()).kinds()).isNotEmpty();
    assertThat(rules.read(factSet).kinds().stream().map(k -> rules.read(factSet).facts(k)))
        .as("some kind is streamed").anyMatch(facts -> facts instanceof org.plancheck.facts.StreamedFacts);
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.sorted().toList();
    }
  }
}
