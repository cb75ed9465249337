package org.plancheck;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.plancheck.sources.TextFiles;
import org.plancheck.tester.ExpectedJsonReader;

/**
 * Finds, reads and runs test cases: folders holding an {@code expected.json} that states each
 * goal's expected status (and optionally its actual value) or the exact error the folder's
 * facts must produce. Safe to call from any thread.
 */
public final class TestCases {
  /** The file that makes a folder a test case. */
  public static final String EXPECTED = "expected.json";

  private TestCases() {}

  /**
   * Returns the case folders {@code path} names: itself when it holds an expected.json,
   * otherwise its direct subfolders that do, in name order.
   *
   * @throws FactFormatException when the path is missing or holds no case
   */
  public static List<Path> discover(Path path) {
    if (Files.isRegularFile(path.resolve(EXPECTED))) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new FactFormatException(path, 0, 0, null, "no such test case or folder of test cases", null);
    }
    List<Path> cases;
    try (Stream<Path> listing = Files.list(path)) {
      cases = listing.filter(p -> Files.isRegularFile(p.resolve(EXPECTED))).sorted().toList();
    } catch (IOException e) {
      throw TextFiles.ioError(path, e);
    }
    if (cases.isEmpty()) {
      throw new FactFormatException(path, 0, 0, null, "no test cases: no subfolder holds " + EXPECTED, null);
    }
    return cases;
  }

  /**
   * Reads the case in {@code folder}.
   *
   * @throws FactFormatException naming the line and field of a bad expected.json
   */
  public static TestCase load(Path folder) {
    return ExpectedJsonReader.read(folder);
  }

  /**
   * Evaluates a case's fact set and compares the outcome with what the case expects. Bad facts
   * fail the case (unless the case expects exactly that error) rather than throwing.
   *
   * @throws RuleEvaluationException when a rule misbehaves
   */
  public static CaseResult run(Evaluator evaluator, TestCase testCase) {
    Objects.requireNonNull(evaluator, "evaluator");
    if (testCase.isSeries()) {
      return runSeries(evaluator, testCase);
    }
    Report report;
    try {
      report = evaluator.evaluate(evaluator.read(testCase.factSet()));
    } catch (FactFormatException e) {
      String expected = testCase.error() == null ? "a report" : expectedError(testCase);
      List<CaseResult.Mismatch> mismatch = expected.equals(e.getMessage())
          ? List.of()
          : List.of(new CaseResult.Mismatch("error", expected, e.getMessage()));
      return new CaseResult(testCase, null, mismatch);
    }
    if (testCase.error() != null) {
      return new CaseResult(testCase, report,
          List.of(new CaseResult.Mismatch("error", expectedError(testCase), "no error")));
    }
    return new CaseResult(testCase, report, compare(testCase.goals(), report));
  }

  /** Evaluates every fact set in the case folder and compares the snapshots and trajectories. */
  private static CaseResult runSeries(Evaluator evaluator, TestCase testCase) {
    Map<String, Report> reports = new LinkedHashMap<>();
    try {
      for (Path source : FactSets.discover(testCase.factSet())) {
        reports.put(source.getFileName().toString(), evaluator.evaluate(evaluator.read(source)));
      }
    } catch (FactFormatException e) {
      return new CaseResult(testCase, null, List.of(new CaseResult.Mismatch("error", "a series", e.getMessage())));
    }
    List<CaseResult.Mismatch> mismatches = new ArrayList<>();
    testCase.snapshots().forEach((name, goals) -> {
      Report report = reports.get(name);
      if (report == null) {
        mismatches.add(new CaseResult.Mismatch(name, "a fact set of the series", "none named " + name));
      } else {
        compare(goals, report).forEach(m ->
            mismatches.add(new CaseResult.Mismatch(name + ": " + m.goal(), m.expected(), m.actual())));
      }
    });
    List<Trajectory> found = Trajectories.of(List.copyOf(reports.values()));
    testCase.trajectories().forEach((goal, expected) -> {
      String actual = found.stream().filter(t -> t.label().equals(goal)).findFirst()
          .map(t -> t.trajectory().name()).orElse("no trajectory");
      if (!actual.equals(expected.name())) {
        mismatches.add(new CaseResult.Mismatch(goal, expected.name(), actual));
      }
    });
    return new CaseResult(testCase, null, mismatches);
  }

  /** The error as the case states it: a file in the folder, or the folder itself (": ..."). */
  private static String expectedError(TestCase testCase) {
    String error = testCase.error();
    return testCase.folder() + (error.startsWith(":") ? "" : "/") + error;
  }

  private static List<CaseResult.Mismatch> compare(Map<String, TestCase.Expectation> goals, Report report) {
    List<CaseResult.Mismatch> mismatches = new ArrayList<>();
    goals.forEach((id, expected) -> {
      GoalResult actual = report.goals().stream().filter(r -> r.label().equals(id)).findFirst().orElse(null);
      if (actual == null) {
        mismatches.add(new CaseResult.Mismatch(id, describe(expected.status(), expected.actual()), "no such goal in the rules"));
      } else if (actual.status() != expected.status()
          || (expected.actual() != null && (actual.actual() == null || actual.actual().compareTo(expected.actual()) != 0))) {
        mismatches.add(new CaseResult.Mismatch(id, describe(expected.status(), expected.actual()),
            describe(actual.status(), actual.actual())));
      }
    });
    return mismatches;
  }

  private static String describe(Status status, BigDecimal actual) {
    return actual == null ? status.name() : status + " " + actual.toPlainString();
  }
}
