package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plancheck.FactKind;
import org.plancheck.RuleProblem;
import org.plancheck.RuleCheck;
import org.plancheck.Evaluator;
import org.plancheck.FieldType;

/** Bad declarations get a located error from check; good ones become the schema. */
class DeclarationsTest {
  private static final String GOAL = """
      package p;
      global org.plancheck.Measurements measurements;
      rule "G-1 counts"
          @goal("G-1") @plan("p") @title("t") @comparator(">=") @target(1) @unit("things") @deadline("2025-12-31") @source("s")
      when
          accumulate($t : Thing(); $n : count(), $l : collectList($t))
      then
          measurements.record(drools, $n, $l);
      end
      """;

  /** Checks a folder of the goal rule and {@code facts} as facts.drl; returns the messages. */
  private static List<String> problems(String facts) {
    return Evaluator.checkRuleTexts(Map.of("facts.drl", facts, "goal.drl", GOAL)).problems().stream()
        .map(RuleProblem::toString).toList();
  }

  private static String thing(String fields) {
    return "package p;\n\ndeclare Thing\n    @facts(\"things\")\n" + fields + "end\n";
  }

  @Test
  void aWellDeclaredKind_becomesTheSchema_withItsFieldsInOrder() {
    RuleCheck check = Evaluator.checkRuleTexts(Map.of("facts.drl", thing("""
            id : String @key
            kind : String @required @words("a, b")
            cost : java.math.BigDecimal @amount
            share : java.math.BigDecimal @range("0, 100")
            opened : java.time.LocalDate
            tags : java.util.Set @words("x, y")
            staff : long
            open : boolean
            band : String @bands("cost: small from 1, big from 1000")
        """), "goal.drl", GOAL));
    assertThat(check.problems()).isEmpty();
    FactKind kind = check.schema().kind("things").orElseThrow();
    assertThat(kind.type()).isEqualTo("Thing");
    assertThat(kind.columnNames()).containsExactly("id", "kind", "cost", "share", "opened", "tags", "staff", "open");
    assertThat(kind.key().name()).isEqualTo("id");
    assertThat(kind.amount().orElseThrow().name()).isEqualTo("cost");
    assertThat(kind.field("tags").orElseThrow().type()).isEqualTo(FieldType.WORDS);
    assertThat(kind.field("band").orElseThrow().derived()).isTrue();
    assertThat(check.goals().get(0).requires()).containsExactly("things");
  }

  @Test
  void aKindWithoutKey_orWithTwo_isAnErrorAtItsDeclaration() {
    assertThat(problems(thing("    name : String\n"))).containsExactly(
        "facts.drl:3:1: error: Thing has 0 @key fields; a fact kind needs exactly one, the id that reports cite"
            + " (such as id : String @key)");
    assertThat(problems(thing("    id : String @key\n    other : String @key\n"))).singleElement().asString()
        .startsWith("facts.drl:3:1: error: Thing has 2 @key fields");
  }

  @Test
  void anUnsupportedFieldType_isAnErrorAtTheField() {
    assertThat(problems(thing("    id : String @key\n    when : java.util.Date\n"))).containsExactly(
        "facts.drl:6:5: error: field when has type java.util.Date; fact kinds use String, java.math.BigDecimal,"
            + " int, long, boolean, java.time.LocalDate, java.util.Set");
  }

  @Test
  void badWordsRangesAndBands_areErrorsAtTheirField() {
    assertThat(problems(thing("    id : String @key\n    kind : String @words(\"a, , b\")\n"))).singleElement().asString()
        .startsWith("facts.drl:6:5: error: @words(\"a, , b\") must list distinct words");
    assertThat(problems(thing("    id : String @key\n    share : java.math.BigDecimal @range(\"100, 0\")\n")))
        .singleElement().asString().isEqualTo("facts.drl:6:5: error: @range(\"100, 0\"): the low end 100 is above the high end 0");
    assertThat(problems(thing("    id : String @key\n    share : String @range(\"0, 1\")\n"))).singleElement().asString()
        .contains("@range needs a number field");
    assertThat(problems(thing("    id : String @key\n    band : String @bands(\"cost: small from 1\")\n")))
        .singleElement().asString().contains("@bands computes from cost, which is not a number field of Thing");
    assertThat(problems(thing("    id : String @key\n    cost : int @amount\n"))).singleElement().asString()
        .contains("@amount needs a java.math.BigDecimal field");
  }

  @Test
  void referencesAndGroups_mustNameADeclaredKind() {
    assertThat(problems(thing("    id : String @key\n    owner : String @references(\"Firm\")\n"))).singleElement()
        .asString().isEqualTo("facts.drl:6:5: error: @references(\"Firm\") names no declared fact kind; declared: Thing");
    String group = thing("    id : String @key\n    kind : String\n    cost : java.math.BigDecimal\n")
        + "\ndeclare ThingGroup\n    @groups(\"Thing\")\n    kind : long\n    n : long @count\n    total : java.math.BigDecimal @sum(\"cost\")\nend\n";
    assertThat(problems(group)).singleElement().asString()
        .isEqualTo("facts.drl:12:5: error: kind must have the type of Thing.kind, String");
    assertThat(problems(group.replace("@groups(\"Thing\")", "@groups(\"Nope\")"))).singleElement().asString()
        .startsWith("facts.drl:10:1: error: @groups(\"Nope\") names no declared fact kind");
  }

  @Test
  void anUnknownFieldAnnotation_isAWarning() {
    assertThat(problems(thing("    id : String @key\n    kind : String @require\n"))).singleElement().asString()
        .startsWith("facts.drl:6:5: warning: @require is not an annotation plancheck reads");
  }

  @Test
  void aTypeDeclaredInAnotherFileAndPackage_isVisibleWithoutImport() {
    RuleCheck check = Evaluator.checkRuleTexts(Map.of("a-goal.drl", GOAL.replace("package p;", "package goals;"),
        "z-facts.drl", thing("    id : String @key\n")));
    assertThat(check.problems()).isEmpty();
    assertThat(check.goals()).hasSize(1);
  }
}
