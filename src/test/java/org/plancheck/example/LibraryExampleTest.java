package org.plancheck.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.GoalResult;
import org.plancheck.Limits;
import org.plancheck.Report;
import org.plancheck.Status;

/**
 * The README's library snippet, run from outside the org.plancheck package: it uses only the
 * public API, as an embedding program would.
 */
class LibraryExampleTest {
  @Test
  void readmeSnippet_worksThroughThePublicApiOnly() {
    Evaluator evaluator = Evaluator.fromRules(Path.of("rules"));   // compile once
    Report report = evaluator.evaluate(FactSets.read(Path.of("fixtures/shanghai-2025"), evaluator.schema()));
    GoalResult scale = report.goal("GLC-SCALE").orElseThrow();
    assertThat(scale.status()).isEqualTo(Status.MET);
    assertThat(report.missed()).extracting(GoalResult::id).contains("MV-SCALE", "GLC-CLUSTERS-10B");
    assertThat(report.toJson()).startsWith("{\n  \"factSet\"");

    FactSet inCode = FactSet.builder(evaluator.schema(), "pilot")
        .add("enterprises", Map.of("id", "E1", "name", "Acme", "industry", "metaverse", "revenue", "350 billion",
            "designations", List.of("leader"), "international", true))
        .with("scenarios")
        .build();
    Report pilot = evaluator.evaluate(inCode);
    assertThat(pilot.goal("MV-SCALE").orElseThrow().status()).isEqualTo(Status.MET);
    assertThat(pilot.goal("MV-SCENARIOS").orElseThrow().status()).isEqualTo(Status.MISSED);
    assertThat(pilot.goal("GLC-PARKS").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void rulesFromTextsAndFactsFromAStream_needNoFiles() {
    Evaluator evaluator = Evaluator.fromRuleTexts(Map.of("robots.drl", """
        package example;
        global org.plancheck.Measurements measurements;
        declare Enterprise
            @facts("enterprises")
            id : String @key
            segment : String @words("intelligent-robots, smart-home")
            revenue : java.math.BigDecimal @required @amount
        end
        rule "ROBOTS robot revenue"
            @goal("ROBOTS") @plan("example") @title("Robot revenue") @comparator(">=")
            @target("10 billion") @unit("yuan") @deadline("2025-12-31")
        when
            accumulate($e : Enterprise(segment == "intelligent-robots", $r : revenue);
                       $sum : sum($r), $counted : collectList($e))
        then
            measurements.record(drools, $sum, $counted);
        end
        """));
    FactSet facts = FactSets.readJson(new StringReader("""
        {"enterprises": [{"id": "R1", "segment": "intelligent-robots", "revenue": "100亿"}]}
        """), "request", evaluator.schema(), Limits.DEFAULT);
    Report report = evaluator.evaluate(facts);
    assertThat(report.met()).extracting(GoalResult::id).containsExactly("ROBOTS");
    assertThat(report.factSet().name()).isEqualTo("request");
  }
}
