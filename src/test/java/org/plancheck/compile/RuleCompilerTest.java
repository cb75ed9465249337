package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Comparison;
import org.plancheck.RuleProblem;
import org.plancheck.Evaluator;
import org.plancheck.Goal;
import org.plancheck.RuleCompilationException;

class RuleCompilerTest {
  private static final String HEAD = """
      package test;
      import java.math.BigDecimal;
      global org.plancheck.Measurements measurements;
      """;

  /** The fact kind the test rules match, declared in its own file as a plan would. */
  static final String FACTS = """
      package test;
      declare Enterprise
          @facts("enterprises")
          id : String @key
          industry : String
          revenue : java.math.BigDecimal @amount
      end
      """;

  @TempDir Path rules;

  @BeforeEach
  void declareFacts() throws IOException {
    Files.writeString(rules.resolve("facts.drl"), FACTS);
  }

  static String goalRule(String id, String comparator, String target, String when) {
    return """

        rule "%s a goal"
            @goal("%s") @plan("p") @title("t") @comparator("%s") @target(%s)
            @unit("enterprises") @deadline("2025-12-31") @source("s")
        when
            %s
        then
            measurements.record(drools, $n, $l);
        end
        """.formatted(id, id, comparator, target, when);
  }

  static final String COUNT = "accumulate($e : Enterprise(); $n : count(), $l : collectList($e))";

  private List<RuleProblem> problems(String... files) throws IOException {
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(rules.resolve(files[i]), files[i + 1]);
    }
    return catchThrowableOfType(RuleCompilationException.class, () -> Evaluator.fromRules(rules)).problems();
  }

  @Test
  void shippedRules_declareTheCatalogueGoalsInFileOrder() {
    List<String> ids = Evaluator.fromRules(Path.of("rules")).goals().stream().map(Goal::id).toList();
    assertThat(ids).containsExactly("ALL-SCALE", "GLC-SCALE", "GLC-CLUSTERS-100B", "GLC-CLUSTERS-10B",
        "GLC-CLUSTERS-1B", "GLC-LEADERS", "GLC-CORE", "GLC-FEATURED", "GLC-PARKS", "IT-SCALE",
        "IT-REVENUE-100B", "IT-REVENUE-10B", "IT-REVENUE-1B", "IT-SEGMENTS", "IT-SMART-FACTORIES",
        "IT-VEHICLE-SMART-FACTORY-SHARE", "IT-ICV-OUTPUT", "IT-ICV-CONNECTED-SHARE", "IT-CONSUMER-TERMINALS-SCALE",
        "IT-ROBOTS-SCALE", "IT-ICV-HIT-MODELS", "IT-ICV-BENCHMARK-SCENARIOS", "IT-TERMINAL-PRODUCTS", "MV-SCALE",
        "MV-LEADERS", "MV-SPECIALISTS", "MV-SCENARIOS", "MV-PRODUCTS", "MV-SOFTWARE-SCALE", "MV-ELECTRONICS-SCALE");
  }

  @Test
  void goalMetadata_isReadBackTypedFromTheCompiledRules() throws IOException {
    Files.writeString(rules.resolve("a.drl"), HEAD + goalRule("A-1", ">", "\"1.5 trillion\"", COUNT));
    Goal goal = Evaluator.fromRules(rules).goals().get(0);
    assertThat(goal.comparison()).isEqualTo(Comparison.GREATER);
    assertThat(goal.target()).isEqualByComparingTo("1500000000000");
    assertThat(goal.deadline()).hasToString("2025-12-31");
    assertThat(goal.requires()).containsExactly("enterprises");
    assertThat(goal.line()).isEqualTo(5);
  }

  @Test
  void syntaxError_pointsAtLineAndColumn_withoutTheParsersNullPackageNoise() throws IOException {
    List<RuleProblem> problems = problems("broken.drl",
        HEAD + goalRule("A-1", ">=", "1", "accumulate($e : Enterprise() $n : count(), $l : collectList($e))"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString())
        .startsWith(rules.resolve("broken.drl") + ":9:34: error: mismatched input '$n'");
  }

  @Test
  void unknownField_isNamedPlainly_atTheExpressionsColumn() throws IOException {
    List<RuleProblem> problems = problems("a.drl", HEAD + goalRule("A-1", ">=", "1",
        "accumulate($e : Enterprise(industri == \"x\"); $n : count(), $l : collectList($e))"));
    assertThat(problems).extracting(RuleProblem::toString).containsExactly(rules.resolve("a.drl")
        + ":9:32: error: Enterprise has no field 'industri' (in 'industri == \"x\"')");
  }

  @Test
  void consequenceError_pointsAtTheLineThatUsesTheUnknownName() throws IOException {
    String text = HEAD + goalRule("A-1", ">=", "1", COUNT).replace("measurements.record", "measurements.recrd");
    List<RuleProblem> errors = problems("a.drl", text).stream()
        .filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).isEqualTo(11);
    assertThat(errors.get(0).column()).isEqualTo(18);
    assertThat(errors.get(0).message()).contains("recrd");
  }

  @Test
  void unknownImport_isReportedOnceAtTheImportLine() throws IOException {
    String text = HEAD.replace("import java.math.BigDecimal;", "import org.plancheck.Enterprize;\nimport java.math.BigDecimal;")
        + goalRule("A-1", ">=", "1", COUNT) + goalRule("A-2", ">=", "1", COUNT);
    assertThat(problems("a.drl", text)).extracting(RuleProblem::toString)
        .containsExactly(rules.resolve("a.drl") + ":2:8: error: cannot import 'org.plancheck.Enterprize': no such class");
  }

  @Test
  void everyErrorInEveryFile_isReportedInOneRun() throws IOException {
    List<RuleProblem> problems = problems(
        "a.drl", HEAD + goalRule("A-1", ">=", "1", "accumulate($e : Enterprise(nope == 1); $n : count(), $l : collectList($e))"),
        "b.drl", HEAD.replace("package test", "package test2")
            + goalRule("B-1", ">=", "1", "accumulate($e : Enterprise(zilch == 1); $n : count(), $l : collectList($e))"));
    assertThat(problems).extracting(p -> p.file().getFileName().toString()).containsExactlyInAnyOrder("a.drl", "b.drl");
  }

  @Test
  void missingAnnotation_isAnErrorAtTheRule_namingWhatIsNeeded() throws IOException {
    List<RuleProblem> problems = problems("a.drl", HEAD + goalRule("A-1", ">=", "1", COUNT).replace("@target(1)", ""));
    assertThat(problems).extracting(RuleProblem::toString)
        .containsExactly(rules.resolve("a.drl") + ":5:1: error: goal rule has no @target; every goal rule "
            + "needs @goal, @plan, @title, @comparator, @target, @unit, @deadline");
  }

  @Test
  void badComparatorTargetAndDeadline_areEachReportedAtTheirAnnotation() throws IOException {
    String text = HEAD + goalRule("A-1", "=>", "\"lots\"", COUNT).replace("2025-12-31", "end of 2025");
    List<RuleProblem> problems = problems("a.drl", text);
    assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.message()).containsExactly(
        "6:41 @comparator must be one of >, >=, <, <=, =; got '=>'",
        "6:59 @target: expected an amount such as 1234.5, 5e11, 5000亿 or 500 billion, got 'lots'",
        "7:26 @deadline must be a date like 2025-12-31; got 'end of 2025'");
  }

  @Test
  void twoRulesClaimingOneGoal_isAnError() throws IOException {
    String second = goalRule("A-1", ">=", "1", COUNT).replace("\"A-1 a goal\"", "\"A-1 again\"");
    List<RuleProblem> problems = problems("a.drl", HEAD + goalRule("A-1", ">=", "1", COUNT) + second);
    assertThat(problems).singleElement().extracting(RuleProblem::message).asString()
        .startsWith("goal A-1 is already measured by rule \"A-1 a goal\"");
  }

  @Test
  void ruleNameNotStartingWithItsGoalId_isAnError() throws IOException {
    String text = HEAD + goalRule("A-1", ">=", "1", COUNT).replace("\"A-1 a goal\"", "\"a goal\"");
    assertThat(problems("a.drl", text)).singleElement().extracting(RuleProblem::message).asString()
        .isEqualTo("rule name \"a goal\" must begin with its goal id A-1");
  }

  @Test
  void missingOrEmptyRulesFolder_isAnErrorNamingTheFolder() throws IOException {
    assertThat(catchThrowableOfType(RuleCompilationException.class,
        () -> Evaluator.fromRules(rules.resolve("nope"))).getMessage()).contains("rules folder not found");
    Files.delete(rules.resolve("facts.drl"));
    assertThat(problems()).singleElement().extracting(RuleProblem::message).isEqualTo("no .drl files in the rules folder");
  }
}
