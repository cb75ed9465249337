package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCasesTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  @TempDir Path dir;

  private TestCase write(String expected) throws IOException {
    Files.writeString(dir.resolve("scenarios.csv"), "id,industry\nS1,metaverse\n");
    Files.writeString(dir.resolve("expected.json"), expected);
    return TestCases.load(dir);
  }

  @Test
  void wrongStatusOrActual_isAMismatchShownSideBySide() throws IOException {
    TestCase c = write("{\"goals\": {\"MV-SCENARIOS\": {\"status\": \"MET\", \"actual\": 2}, "
        + "\"MV-PRODUCTS\": {\"status\": \"UNKNOWN\"}, \"NO-SUCH\": {\"status\": \"MET\"}}}");
    CaseResult result = TestCases.run(RULES, c);
    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).containsExactly(
        new CaseResult.Mismatch("MV-SCENARIOS", "MET 2", "MISSED 1"),
        new CaseResult.Mismatch("NO-SUCH", "MET", "no such goal in the rules"));
  }

  @Test
  void expectedErrorThatDoesNotHappen_fails() throws IOException {
    TestCase c = write("{\"error\": \"scenarios.csv:2: id: nope\"}");
    assertThat(TestCases.run(RULES, c).mismatches()).singleElement()
        .extracting(CaseResult.Mismatch::actual).isEqualTo("no error");
  }

  @Test
  void unexpectedBadFacts_failTheCaseWithTheError() throws IOException {
    TestCase c = write("{\"goals\": {\"MV-SCENARIOS\": {\"status\": \"MISSED\"}}}");
    Files.writeString(dir.resolve("scenarios.csv"), "id,industry\nS1,metavers\n");
    assertThat(TestCases.run(RULES, c).mismatches()).singleElement()
        .extracting(CaseResult.Mismatch::actual).asString().contains("unknown industry 'metavers'");
  }

  @Test
  void caseWithNeitherGoalsNorError_isRefusedWithItsLocation() {
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> write("{\"description\": \"x\"}"));
    assertThat(e.problem()).isEqualTo("a case states one of \"goals\", \"error\" or a series' \"trajectories\" and \"snapshots\" (not empty)");
  }

  @Test
  void discover_findsCaseFoldersOrSaysThereAreNone() throws IOException {
    assertThat(TestCases.discover(Path.of("fixtures"))).contains(Path.of("fixtures/shanghai-2025"));
    assertThat(TestCases.discover(Path.of("fixtures/shanghai-2025"))).containsExactly(Path.of("fixtures/shanghai-2025"));
    assertThat(catchThrowableOfType(FactFormatException.class, () -> TestCases.discover(dir)).problem())
        .isEqualTo("no test cases: no subfolder holds expected.json");
  }
}
