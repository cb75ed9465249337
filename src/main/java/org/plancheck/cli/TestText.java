package org.plancheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.CaseResult;
import org.plancheck.Coverage;
import org.plancheck.report.Lang;
import org.plancheck.report.TerminalText;
import org.plancheck.report.TextTable;

/** Renders test results for people, in {@code --lang}: PASS or FAIL per case, mismatches side by side, a tally. */
final class TestText {
  private TestText() {}

  static String render(List<CaseResult> results, Coverage coverage, Lang lang) {
    StringBuilder text = new StringBuilder();
    for (CaseResult result : results) {
      text.append(lang.say(result.passed() ? "test.pass" : "test.fail", TerminalText.escape(result.testCase().name())))
          .append('\n');
      if (!result.passed()) {
        List<String[]> rows = new ArrayList<>();
        rows.add(lang.columns("test.columns"));
        result.mismatches().forEach(m -> rows.add(new String[] {m.goal(), m.expected(), m.actual()}));
        TextTable.render(rows).lines().forEach(line -> text.append("      ").append(line).append('\n'));
      }
    }
    if (coverage != null) {
      text.append('\n').append(coverage(coverage, lang));
    }
    long passed = results.stream().filter(CaseResult::passed).count();
    return text.append(lang.say("test.tally", passed, results.size() - passed)).append('\n').toString();
  }

  private static String coverage(Coverage coverage, Lang lang) {
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.columns("test.coverageColumns"));
    String yes = lang.word("test.yes");
    String no = lang.word("test.no");
    for (Coverage.GoalCoverage g : coverage.goals()) {
      rows.add(new String[] {g.id(), g.met() ? yes : no, g.missed() ? yes : no});
    }
    long both = coverage.goals().stream().filter(g -> g.met() && g.missed()).count();
    return TextTable.render(rows) + lang.say("test.coverage", coverage.percent(), both,
        lang.count(coverage.goals().size(), "goal")) + "\n\n";
  }
}
