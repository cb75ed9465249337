package org.plancheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.Report;
import org.plancheck.Evaluator;

class ReportJsonTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void report_hasTheContractedFieldsInOrder() throws Exception {
    Report report = RULES.evaluate(FactSets.read(Path.of("fixtures/data-files-absent"), RULES.schema()));
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(names(json)).containsExactly("factSet", "rules", "goals", "summary");
    assertThat(json.get("rules").asText()).isEqualTo(RULES.rulesFingerprint()).hasSize(64);
    assertThat(names(json.get("factSet"))).containsExactly("name", "asOf", "region");
    assertThat(names(json.get("goals").get(0))).containsExactly("id", "plan", "title", "scope", "status",
        "comparator", "target", "targetDate", "actual", "unit", "gap", "progress", "deadline", "source", "reason",
        "evidence");
    assertThat(names(json.get("goals").get(0).get("evidence"))).containsExactly("count", "sample");
    assertThat(names(json.get("summary"))).containsExactly("total", "met", "missed", "pending", "unknown");
  }

  @Test
  void numbers_arePlainExactDecimals_andUnknownHasNullActualAndGap() throws Exception {
    Report report = RULES.evaluate(FactSets.read(Path.of("fixtures/data-files-absent"), RULES.schema()));
    String text = report.toJson();
    JsonNode json = new ObjectMapper().readTree(text);
    JsonNode all = json.get("goals").get(0);
    assertThat(all.get("id").asText()).isEqualTo("ALL-SCALE");
    assertThat(all.get("scope").isNull()).as("an unscoped goal's scope").isTrue();
    assertThat(all.get("targetDate").asText()).as("no asOf: the final target").isEqualTo("2025-12-31");
    assertThat(text).contains("\"target\": 1500000000000,").contains("\"actual\": 1590000000000,");
    JsonNode clusters = json.get("goals").get(2);
    assertThat(clusters.get("status").asText()).isEqualTo("UNKNOWN");
    assertThat(clusters.get("actual").isNull()).isTrue();
    assertThat(clusters.get("gap").isNull()).isTrue();
    assertThat(clusters.get("reason").asText()).contains("clusters.csv");
    assertThat(json.get("summary").get("unknown").asInt()).isEqualTo(14);
  }

  @Test
  void sameFacts_giveByteIdenticalJson() {
    FactSet facts = FactSets.read(Path.of("fixtures/shanghai-2025"), RULES.schema());
    assertThat(RULES.evaluate(facts).toJson()).isEqualTo(RULES.evaluate(facts).toJson());
  }
}
