package org.plancheck.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plancheck.CaseResult;
import org.plancheck.Coverage;
import org.plancheck.Evaluator;
import org.plancheck.PlancheckException;
import org.plancheck.TestCase;
import org.plancheck.TestCases;
import org.plancheck.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck test}: runs test cases against the rules. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Runs test cases: folders whose expected.json states each goal's expected "
        + "status (and optionally actual value), or the exact error their facts must produce. "
        + "Ends with a line 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {
  /** The result formats. */
  enum Format {
    text,
    json,
    junit
  }

  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @Mixin private RulesOption rules;

  @Parameters(paramLabel = "CASE", arity = "0..*",
      description = "Case folders, or folders of cases (default: fixtures).")
  private List<Path> paths = new ArrayList<>(List.of(Path.of("fixtures")));

  @Option(names = "--run", paramLabel = "PATTERN",
      description = "Run only the cases whose name matches this regular expression.")
  private String run;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--coverage",
      description = "Show per goal whether some case saw it MET and some case saw it MISSED.")
  private boolean coverage;

  @Option(names = "--coverage-threshold", paramLabel = "PCT",
      description = "Fail when fewer than PCT percent of goal outcomes (MET and MISSED per goal) are covered.")
  private BigDecimal threshold;

  @Mixin private LangOption lang;
  @Mixin private WatchOption watch;

  @Override
  public Integer call() {
    return watch.run(spec.commandLine().getErr(), rules.folder(), paths, this::once);
  }

  private int once() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CaseResult> results = new ArrayList<>();
    Evaluator evaluator;
    try {
      Pattern.compile(run == null ? "" : run);
    } catch (PatternSyntaxException e) {
      err.println("--run: not a regular expression: " + e.getDescription());
      return ExitCodes.BAD_INPUT;
    }
    try {
      evaluator = rules.load();
      for (TestCase testCase : cases()) {
        results.add(TestCases.run(evaluator, testCase));
      }
    } catch (PlancheckException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    Coverage covered = Coverage.of(evaluator.goals(),
        results.stream().map(CaseResult::report).filter(Objects::nonNull).toList());
    boolean below = threshold != null && covered.percent().compareTo(threshold) < 0;
    out.print(switch (format) {
      case text -> TestText.render(results, coverage || threshold != null ? covered : null, lang.lang);
      case json -> TestJson.render(results, covered);
      case junit -> TestJunit.render(results);
    });
    if (below) {
      err.println("coverage " + covered.percent() + "% is below the threshold of " + threshold + "%");
    }
    out.flush();
    boolean failed = below || results.stream().anyMatch(r -> !r.passed());
    return failed ? ExitCodes.NOT_PASSED : ExitCodes.PASSED;
  }

  private List<TestCase> cases() {
    Pattern filter = run == null ? null : Pattern.compile(run);
    List<TestCase> cases = new ArrayList<>();
    for (Path path : paths) {
      for (Path folder : TestCases.discover(path)) {
        TestCase testCase = TestCases.load(folder);
        if (filter == null || filter.matcher(testCase.name()).find()) {
          cases.add(testCase);
        }
      }
    }
    return cases;
  }
}
