package org.plancheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.CaseResult;
import org.plancheck.Coverage;
import org.plancheck.report.ReportJson;

/** Renders test results as JSON for programs: cases, tallies and coverage. */
final class TestJson {

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
    return ReportJson.document(doc);
  }
}
