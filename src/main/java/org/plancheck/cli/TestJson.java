package org.plancheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.CaseResult;
import org.plancheck.Coverage;

/** Renders test results as JSON for programs: cases, tallies and coverage. */
final class TestJson {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private TestJson() {}

  static String render(List<CaseResult> results, Coverage coverage) {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (CaseResult r : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", r.testCase().name());
      c.put("passed", r.passed());
      c.put("mismatches", r.mismatches());
      cases.add(c);
    }
    long passed = results.stream().filter(CaseResult::passed).count();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("cases", cases);
    doc.put("passed", passed);
    doc.put("failed", results.size() - passed);
    Map<String, Object> cov = new LinkedHashMap<>();
    cov.put("percent", coverage.percent());
    cov.put("goals", coverage.goals());
    doc.put("coverage", cov);
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("test results of strings, numbers and records always serialize", e);
    }
  }
}
