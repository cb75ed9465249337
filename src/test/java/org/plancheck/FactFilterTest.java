package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.testing.StreamedVsHeld.counting;
import static org.plancheck.testing.StreamedVsHeld.goal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.StreamedVsHeld;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.StreamedFacts;

/**
 * The fact filter: rules whose patterns over a kind all test the fact alone
 * see only the facts those tests let through. Each probe compares the goals with those of the
 * same rules beside a rule that matches every firm unconditionally (which turns filtering off
 * without changing any goal): the rule engine alone then decides what each goal sees.
 */
class FactFilterTest {
  private static final String FIRM = StreamedVsHeld.FIRM;

  /** Matches every firm and never fires: no goal changes, but no firm is filtered out. */
  private static final String EVERY_FIRM = """
      package test;
      rule "every firm, never firing"
      when
          Firm()
          eval(false)
      then
      end
      """;


  /** Checks that {@code goals} see, filtered, what they see with every firm inserted. */
  private static void assertFilterChangesNothing(Path dir, String goals) throws IOException {
    StreamedVsHeld.firms(dir, 3_000);
    Evaluator filtered = Evaluator.fromRuleTexts(Map.of("facts.drl", FIRM, "goals.drl", goals));
    Evaluator whole = Evaluator.fromRuleTexts(Map.of("facts.drl", FIRM, "goals.drl", goals, "every.drl", EVERY_FIRM));
    assertThat(whole.read(dir).facts("firms")).as("nothing filtered").isInstanceOf(FactTable.class);
    Report expected = whole.evaluate(FactSets.read(dir, whole.schema()));
    for (FactSet facts : List.of(filtered.read(dir), FactSets.read(dir, filtered.schema()))) {
      Report actual = filtered.evaluate(facts);
      assertThat(new Report(actual.factSet(), "rules", actual.goals()).toJson())
          .isEqualTo(new Report(expected.factSet(), "rules", expected.goals()).toJson());
    }
  }

  @Test
  void forallOverOnePattern_seesTheFactsItsConditionRejects(@TempDir Path dir) throws IOException {
    // True only when every firm has staff above 0: some have 0, so the goal is never recorded.
    String goals = goal("FA1", "forall(Firm(staff > 0))\n$n : Number() from accumulate(Firm(staff > 7), count())",
        "$n", "java.util.List.of()");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void forallOverTwoPatterns_andNot_andExists_seeWhatTheyNeed(@TempDir Path dir) throws IOException {
    String goals = goal("FA2", "forall($f : Firm(district == \"D1\") Firm(this == $f, staff > 0))\n"
        + "$n : Number() from accumulate(Firm(staff > 7), count())", "$n", "java.util.List.of()")
        + goal("N1", "not Firm(staff == 8, district == \"D3\")\n$n : Number() from accumulate(Firm(staff == 2), count())",
            "$n", "java.util.List.of()").replace("package test;", "")
        + goal("E1", "exists Firm(staff == 8, district == \"D3\")\n$n : Number() from accumulate(Firm(staff == 3), count())",
            "$n", "java.util.List.of()").replace("package test;", "");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void collectAndFrom_overFilteredFirms_countAsTheEngineDoes(@TempDir Path dir) throws IOException {
    String goals = goal("C1", "$l : java.util.List() from collect(Firm(staff == 3))\n"
        + "$n : Number() from accumulate($f : Firm(district == \"D2\") from $l, count())", "$n", "java.util.List.of()")
        + counting("C2", "Firm(district.length() == 2, this != null, staff > 5)").replace("package test;", "")
        + counting("C3", "Firm(staff < 1 || output > 8000000)").replace("package test;", "")
        + goal("C4", "exists(Firm(staff == 4, district == \"D0\") or Firm(staff == 6, district == \"D12\"))\n"
            + "$n : Number() from accumulate(Firm(staff == 5), count())", "$n", "java.util.List.of()")
            .replace("package test;", "");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void conditionsOnAGlobal_keepEveryFact(@TempDir Path dir) throws IOException {
    String goals = counting("GL", "Firm(district != measurements.toString(), staff == 2)");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void aRuleThatModifiesFirms_intoWhatAGoalCounts_isSeenAsTheEngineSeesIt(@TempDir Path dir) throws IOException {
    String goals = """
        package test;
        rule "promote"
        when
            $f : Firm(staff == 1, district == "D5")
        then
            modify($f) { setStaff(50) }
        end
        """ + counting("M1", "Firm(staff == 50)").replace("package test;", "");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void aRuleThatInsertsFirms_isSeenAsTheEngineSeesIt(@TempDir Path dir) throws IOException {
    String goals = """
        package test;
        rule "split"
        when
            $f : Firm(staff == 2, district == "D6")
        then
            Firm copy = new Firm();
            copy.setId($f.getId() + "-copy");
            copy.setDistrict("D99");
            copy.setStaff(99);
            insert(copy);
        end
        """ + goal("I1", "$n : Number() from accumulate(Firm(staff == 99), count())", "$n", "java.util.List.of()")
        .replace("package test;", "");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void patternsJoinedByABinding_seeEveryFactTheJoinNeeds(@TempDir Path dir) throws IOException {
    String goals = goal("J1", "accumulate(($a : Firm(staff == 7, $d : district) and $b : Firm(district == $d, staff == 3,"
        + " this != $a)); $n : count(), $all : collectList($b))", "$n", "$all");
    assertFilterChangesNothing(dir, goals);
  }

  @Test
  void aFilteredKind_isStreamed(@TempDir Path dir) throws IOException {
    StreamedVsHeld.firms(dir, 3_000);
    Evaluator filtered = Evaluator.fromRuleTexts(Map.of("facts.drl", FIRM, "goals.drl", counting("S1", "Firm(staff == 2)")));
    assertThat(filtered.read(dir).facts("firms")).isInstanceOf(StreamedFacts.class);
  }

  @Test
  void factsAFilterKeeps_areStoredByColumn_asAHeldTableIs(@TempDir Path dir) throws IOException {
    // A filter that lets nearly every firm through streams the kind: its kept facts must not take
    // more memory than the table it would be held in (a list of fact objects took 241 bytes a
    // row against the table's 76, with no memory check before the read).
    StreamedVsHeld.firms(dir, 3_000);
    Evaluator filtered = Evaluator.fromRuleTexts(Map.of("facts.drl", FIRM, "goals.drl", counting("S2", "Firm(staff >= 0)")));
    StreamedFacts facts = (StreamedFacts) filtered.read(dir).facts("firms");
    List<Fact> kept = ((org.plancheck.evaluation.StreamedKind) facts.reduction()).kept();
    assertThat(kept).isInstanceOf(FactTable.class).hasSize(3_000);
    assertThat(List.copyOf(kept)).isEqualTo(List.copyOf(FactSets.read(dir, filtered.schema()).facts("firms")));
  }
}
