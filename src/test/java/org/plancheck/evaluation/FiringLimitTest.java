package org.plancheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plancheck.FactSet;
import org.plancheck.FiringLimitException;
import org.plancheck.Report;
import org.plancheck.Limits;
import org.plancheck.Evaluator;
import org.plancheck.Status;

class FiringLimitTest {
  /** Thirty goal rules, each firing exactly once on any fact set. */
  private static final Evaluator THIRTY = Evaluator.fromRuleTexts(Map.of("thirty.drl", thirtyRules()));

  private static String thirtyRules() {
    StringBuilder drl = new StringBuilder("""
        package test;
        global org.plancheck.Measurements measurements;
        declare Enterprise
            @facts("enterprises")
            id : String @key
        end
        """);
    for (int i = 1; i <= 30; i++) {
      drl.append("""
          rule "G-%1$d counts"
              @goal("G-%1$d") @plan("p") @title("t") @comparator(">=") @target(1) @unit("enterprises")
              @deadline("2025-12-31")
          when
              accumulate($e : Enterprise(); $n : count(), $l : collectList($e))
          then
              measurements.record(drools, $n, $l);
          end
          """.formatted(i));
    }
    return drl.toString();
  }

  private static FactSet oneFirm() {
    return FactSet.builder(THIRTY.schema(), "x").add("enterprises", Map.of("id", "A")).build();
  }

  @Test
  void thirtyRulesFiringOnceEach_passWithALimitOfExactlyThirty() {
    Report report = THIRTY.withMaxFirings(30).evaluate(oneFirm());
    assertThat(report.goals()).hasSize(30).allSatisfy(g -> assertThat(g.status()).isEqualTo(Status.MET));
  }

  @Test
  void oneFiringOverTheLimit_isStopped_blamingNoRuleWhenNoneStandsOut() {
    FiringLimitException e = catchThrowableOfType(FiringLimitException.class,
        () -> THIRTY.withMaxFirings(29).evaluate(oneFirm()));
    assertThat(e.rule()).isEmpty();
    assertThat(e.maxFirings()).isEqualTo(29);
    assertThat(e.limit()).hasValue(Limits.Limit.MAX_FIRINGS);
    assertThat(e.getMessage()).isEqualTo("the rules needed more than 29 rule firings and were stopped; no one rule"
        + " fired more than the others (raise the limit with Evaluator.withMaxFirings if the rules really need more)");
  }
}
