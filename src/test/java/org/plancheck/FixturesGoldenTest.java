package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
    Report csv = RULES.evaluate(FactSets.read(FIXTURES.resolve("thresholds-exactly-at-target")));
    Report json = RULES.evaluate(FactSets.read(FIXTURES.resolve("json-form-equals-csv/register.json")));
    assertThat(json.toJson()).isEqualTo(csv.toJson());
  }

  private static void check(Path folder) throws IOException {
    Path expectedFile = folder.resolve("expected.json");
    if (!Files.isRegularFile(expectedFile)) {
      fail(folder + " has no expected.json: every fixture folder states its expected outcome");
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertThat(expected.path("description").asText()).as("description").isNotBlank();
    Path facts = expected.has("factSet") ? folder.resolve(expected.get("factSet").asText()) : folder;
    if (expected.has("error")) {
      assertThatThrownBy(() -> RULES.evaluate(FactSets.read(facts)))
          .isInstanceOf(FactFormatException.class)
          .hasMessage(folder + "/" + expected.get("error").asText());
      return;
    }
    Report report = RULES.evaluate(FactSets.read(facts));
    JsonNode goals = expected.path("goals");
    assertThat(goals.size()).as("goals in " + expectedFile).isPositive();
    for (Iterator<Map.Entry<String, JsonNode>> it = goals.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> goal = it.next();
      GoalResult actual = report.goal(goal.getKey()).orElseThrow(() -> new AssertionError("no goal " + goal.getKey()));
      assertThat(actual.status().name()).as(goal.getKey() + " status").isEqualTo(goal.getValue().get("status").asText());
      JsonNode value = goal.getValue().get("actual");
      if (value != null && value.isNull()) {
        assertThat(actual.actual()).as(goal.getKey() + " actual").isNull();
      } else if (value != null) {
        assertThat(actual.actual()).as(goal.getKey() + " actual").isEqualByComparingTo(value.decimalValue());
      }
    }
  }
}
