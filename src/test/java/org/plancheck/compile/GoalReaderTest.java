package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Evaluator;
import org.plancheck.Goal;
import org.plancheck.Milestone;
import org.plancheck.RuleCompilationException;
import org.plancheck.RuleProblem;

/** The @milestones and @scopes annotations: read back typed, or refused at their place. */
class GoalReaderTest {
  private static final String HEAD = """
      package test;
      global org.plancheck.Measurements measurements;
      """;

  @TempDir Path rules;

  @BeforeEach
  void declareFacts() throws IOException {
    Files.writeString(rules.resolve("facts.drl"), RuleCompilerTest.FACTS);
  }

  private static String rule(String annotations) {
    return HEAD + RuleCompilerTest.goalRule("A-1", ">=", "\"200 billion\"", RuleCompilerTest.COUNT)
        .replace("@source(\"s\")", "@source(\"s\")\n    " + annotations);
  }

  private List<String> problems(String annotations) throws IOException {
    Files.writeString(rules.resolve("a.drl"), rule(annotations));
    return catchThrowableOfType(RuleCompilationException.class, () -> Evaluator.fromRules(rules)).problems()
        .stream().map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + " " + p.message()).toList();
  }

  private Goal goal(String annotations) throws IOException {
    Files.writeString(rules.resolve("a.drl"), rule(annotations));
    return Evaluator.fromRules(rules).goals().get(0);
  }

  @Test
  void milestones_areReadInDateOrder_withTheirAmounts_andTheFinalTargetComesLast() throws IOException {
    Goal goal = goal("@milestones(\"2023-12-31: 80 billion, 2024-12-31: 130亿\")");
    assertThat(goal.milestones()).containsExactly(
        new Milestone(LocalDate.of(2023, 12, 31), new BigDecimal("80000000000")),
        new Milestone(LocalDate.of(2024, 12, 31), new BigDecimal("13000000000")));
    assertThat(goal.targets()).last().isEqualTo(new Milestone(LocalDate.of(2025, 12, 31), new BigDecimal("200000000000")));
  }

  @Test
  void scopes_areReadInTheirWrittenOrder() throws IOException {
    Goal goal = goal("@scopes(\"Pudong, Minhang, Jing'an\")");
    assertThat(goal.scopes()).containsExactly("Pudong", "Minhang", "Jing'an");
    assertThat(goal.label("Jing'an")).isEqualTo("A-1[Jing'an]");
  }

  @Test
  void aGoalWithoutEither_isMeasuredOnce_andDueOnlyAtItsDeadline() throws IOException {
    Goal goal = goal("");
    assertThat(goal.isScoped()).isFalse();
    assertThat(goal.milestones()).isEmpty();
    assertThat(goal.dueAt(LocalDate.of(2025, 12, 30))).isEmpty();
    assertThat(goal.dueAt(LocalDate.of(2025, 12, 31))).hasValue(goal.targets().get(0));
    assertThat(goal.dueAt(null)).as("no asOf: the final target").hasValue(goal.targets().get(0));
  }

  @Test
  void dueAt_takesTheLatestTargetDueOnOrBeforeTheDate() throws IOException {
    Goal goal = goal("@milestones(\"2023-12-31: 80 billion, 2024-12-31: 130 billion\")");
    assertThat(goal.dueAt(LocalDate.of(2023, 12, 30))).isEmpty();
    assertThat(goal.dueAt(LocalDate.of(2023, 12, 31))).hasValue(goal.milestones().get(0));
    assertThat(goal.dueAt(LocalDate.of(2024, 12, 30))).hasValue(goal.milestones().get(0));
    assertThat(goal.dueAt(LocalDate.of(2024, 12, 31))).hasValue(goal.milestones().get(1));
    assertThat(goal.dueAt(LocalDate.of(2030, 1, 1))).hasValue(goal.targets().get(2));
    assertThat(goal.nextAfter(LocalDate.of(2023, 12, 31))).isEqualTo(goal.milestones().get(1));
    assertThat(goal.nextAfter(LocalDate.of(2025, 6, 30))).isEqualTo(goal.targets().get(2));
  }

  @Test
  void badMilestones_areReportedAtTheAnnotation_sayingWhatIsWrong() throws IOException {
    assertThat(problems("@milestones(\"end of 2023: 80 billion\")")).containsExactly(
        "a.drl:7:5 a milestone's date must be a date like 2025-12-31; got 'end of 2023'");
    assertThat(problems("@milestones(\"2023-12-31: lots\")")).containsExactly(
        "a.drl:7:5 milestone 2023-12-31: expected an amount such as 1234.5, 5e11, 5000亿 or 500 billion, got 'lots'");
    assertThat(problems("@milestones(\"2023-12-31 80 billion\")")).containsExactly(
        "a.drl:7:5 @milestones lists \"date: target\" pairs such as \"2023-12-31: 175 billion, 2024-12-31: "
            + "262.5 billion\"; got '2023-12-31 80 billion'");
    assertThat(problems("@milestones(\"2024-12-31: 130 billion, 2023-12-31: 80 billion\")")).containsExactly(
        "a.drl:7:5 @milestones must be in date order, each date once; 2023-12-31 comes after 2024-12-31");
    assertThat(problems("@milestones(\"2025-12-31: 130 billion\")")).containsExactly(
        "a.drl:7:5 milestone 2025-12-31 is not before the @deadline 2025-12-31; the final target is @target, "
            + "due at the deadline");
  }

  @Test
  void badScopes_areReportedAtTheAnnotation() throws IOException {
    assertThat(problems("@scopes(\"Pudong, , Minhang\")")).containsExactly(
        "a.drl:7:5 @scopes lists names separated by commas, such as \"Pudong, Minhang\"; one is empty");
    assertThat(problems("@scopes(\"Pudong, Minhang, Pudong\")")).containsExactly(
        "a.drl:7:5 @scopes names Pudong twice");
  }

  @Test
  void problems_areErrors() throws IOException {
    Files.writeString(rules.resolve("a.drl"), rule("@scopes(\"A, A\")"));
    assertThat(catchThrowableOfType(RuleCompilationException.class, () -> Evaluator.fromRules(rules)).problems())
        .extracting(RuleProblem::severity).containsExactly(RuleProblem.Severity.ERROR);
  }
}
