package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under fixtures/ is a case: its expected.json states the outcome (goal statuses
 * and actual values) or the exact error its facts must produce.
 */
class FixturesGoldenTest {
  private static final Path FIXTURES = Path.of("fixtures");
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  @TestFactory
  Stream<DynamicTest> everyFixtureFolder_matchesItsExpectedOutcome() throws IOException {
    List<Path> folders;
    try (Stream<Path> listing = Files.list(FIXTURES)) {
      folders = listing.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).hasSizeGreaterThan(10);
    return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  @Test
  void jsonForm_givesTheSameReportAsCsvForm() {
    Report csv = RULES.evaluate(FactSets.read(FIXTURES.resolve("thresholds-exactly-at-target"), RULES.schema()));
    Report json = RULES.evaluate(FactSets.read(FIXTURES.resolve("json-form-equals-csv/register.json"), RULES.schema()));
    assertThat(json.factSet().name()).isEqualTo("json-form-equals-csv");
    // The same goals, reported under the CSV form's name, give the same bytes.
    assertThat(new Report(csv.factSet(), csv.rules(), json.goals()).toJson()).isEqualTo(csv.toJson());
  }

  @Test
  void workbookForm_givesTheSameReportAsCsvForm() {
    Report csv = RULES.evaluate(FactSets.read(FIXTURES.resolve("shanghai-2025"), RULES.schema()));
    Report xlsx = RULES.evaluate(RULES.read(FIXTURES.resolve("shanghai-2025-xlsx/register.xlsx")));
    assertThat(xlsx.factSet().name()).isEqualTo("shanghai-2025-xlsx");
    assertThat(xlsx.factSet().asOf()).isEqualTo(csv.factSet().asOf());
    assertThat(xlsx.factSet().region()).isEqualTo(csv.factSet().region());
    // The same goals, reported under the CSV form's name, give the same bytes.
    assertThat(new Report(csv.factSet(), csv.rules(), xlsx.goals()).toJson()).isEqualTo(csv.toJson());
  }

  private static void check(Path folder) {
    assertThat(folder.resolve(TestCases.EXPECTED))
        .as("every fixture folder states its expected outcome in expected.json").isRegularFile();
    TestCase testCase = TestCases.load(folder);
    assertThat(testCase.description()).as("description").isNotBlank();
    CaseResult result = TestCases.run(RULES, testCase);
    assertThat(result.mismatches()).as(folder + ": expected vs actual").isEmpty();
  }
}
