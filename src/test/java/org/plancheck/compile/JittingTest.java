package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.plancheck.RuleProblem;

class JittingTest {
  private static final int ITEMS = 5_000;
  private static final String RULE = """
      package test.jit;
      global java.util.Map counts;
      declare Item
          id : String
          codes : java.util.Set
      end
      rule "OP-1"
          @goal("OP-1") @plan("p") @title("t") @comparator(">=") @target(1) @unit("items") @deadline("2030-12-31")
      when
          accumulate(Item(%s); $n : count())
      then
          counts.put("n", $n);
      end
      """;

  private static KieBase compile(String constraint) {
    RuleCompiler.Compiled compiled = RuleCompiler.compile(Map.of("jit.drl", RULE.formatted(constraint)), null);
    assertThat(compiled.check().problems(RuleProblem.Severity.ERROR)).isEmpty();
    return compiled.kieBase();
  }

  /** Counts, over enough items for Drools to jit the constraint, those it matches. */
  private static long count(KieBase kieBase) throws ReflectiveOperationException {
    FactType item = kieBase.getFactType("test.jit", "Item");
    KieSession session = kieBase.newKieSession();
    Map<String, Object> counts = new HashMap<>();
    session.setGlobal("counts", counts);
    for (int i = 0; i < ITEMS; i++) {
      Object bean = item.newInstance();
      item.set(bean, "id", (i % 3 == 0 ? "A" : "B") + i);
      item.set(bean, "codes", i % 4 == 0 ? Set.of("x", "A1") : Set.of("y"));
      session.insert(bean);
    }
    session.fireAllRules();
    session.dispose();
    return ((Number) counts.get("n")).longValue();
  }

  @Test
  void shippedRules_areJitted() {
    RuleCompiler.Compiled shipped = RuleCompiler.compile(Path.of("rules"), null);
    assertThat(Jitting.safe(shipped.kieBase().getKiePackages())).isTrue();
  }

  @Test
  void jittedOperators_giveTheRightCounts_overThousandsOfFacts() throws ReflectiveOperationException {
    Map<String, IntPredicate> cases = Map.of(
        "id == \"A3\" || codes contains \"x\"", i -> i == 3 || i % 4 == 0,
        "id matches \"A[0-9]*5\"", i -> i % 3 == 0 && String.valueOf(i).endsWith("5"),
        "id not matches \"A.*\"", i -> i % 3 != 0,
        "id soundslike \"A1\"", i -> false,
        "\"A1\" memberOf codes", i -> i % 4 == 0,
        "\"A1\" not memberOf codes", i -> i % 4 != 0);
    for (Map.Entry<String, IntPredicate> c : cases.entrySet()) {
      KieBase kieBase = compile(c.getKey());
      assertThat(Jitting.safe(kieBase.getKiePackages())).as(c.getKey()).isTrue();
      long expected = java.util.stream.IntStream.range(0, ITEMS).filter(c.getValue()).count();
      assertThat(count(kieBase)).as(c.getKey()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id str[startsWith] \"A\"", "id not str[endsWith] \"Z\"", "id str[length] 2"})
  void strOperators_turnJittingOff_andStillCount(String constraint) throws ReflectiveOperationException {
    KieBase kieBase = compile(constraint);
    assertThat(Jitting.safe(kieBase.getKiePackages())).isFalse();
    assertThat(count(kieBase)).isPositive();
  }
}
