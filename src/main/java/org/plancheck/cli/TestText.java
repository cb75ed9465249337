package org.plancheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.CaseResult;
import org.plancheck.Coverage;

/** Renders test results for people: PASS or FAIL per case, mismatches side by side, a tally. */
final class TestText {
  private TestText() {}

  static String render(List<CaseResult> results, Coverage coverage) {
    StringBuilder text = new StringBuilder();
    for (CaseResult result : results) {
      text.append(result.passed() ? "PASS  " : "FAIL  ").append(TerminalText.escape(result.testCase().name())).append('\n');
      if (!result.passed()) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"GOAL", "EXPECTED", "ACTUAL"});
        result.mismatches().forEach(m -> rows.add(new String[] {m.goal(), m.expected(), m.actual()}));
        TextTable.render(rows).lines().forEach(line -> text.append("      ").append(line).append('\n'));
      }
    }
    if (coverage != null) {
      text.append('\n').append(coverage(coverage));
    }
    long passed = results.stream().filter(CaseResult::passed).count();
    return text.append(passed).append(" passed, ").append(results.size() - passed).append(" failed\n").toString();
  }

  private static String coverage(Coverage coverage) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"GOAL", "MET", "MISSED"});
    for (Coverage.GoalCoverage g : coverage.goals()) {
      rows.add(new String[] {g.id(), g.met() ? "yes" : "no", g.missed() ? "yes" : "no"});
    }
    long both = coverage.goals().stream().filter(g -> g.met() && g.missed()).count();
    return TextTable.render(rows) + "coverage: " + coverage.percent() + "% of goal outcomes; "
        + both + " of " + Words.count(coverage.goals().size(), "goal") + " seen both MET and MISSED\n\n";
  }
}
