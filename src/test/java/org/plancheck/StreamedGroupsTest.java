package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.StreamedVsHeld;
import org.plancheck.facts.StreamedFacts;

/**
 * Tests of groups made as facts are read: keys with absent values, several group types
 * over one kind, sums of whole numbers, longs and decimals of every scale, groups without an
 * amount to rank by. Each must evaluate exactly as the held fact set does.
 */
class StreamedGroupsTest {
  private static final String ITEMS = """
      package test;
      global org.plancheck.Measurements measurements;
      declare Item
          @facts("items")
          id : String @key
          a : String
          b : String
          flag : boolean
          qty : long
          n : int
          amt : java.math.BigDecimal @amount
          price : java.math.BigDecimal
      end
      declare ByA
          @groups("Item")
          a : String
          items : long @count
          amt : java.math.BigDecimal @sum
          qty : long @sum
          n : int @sum
          price : java.math.BigDecimal @sum
      end
      declare ByAB
          @groups("Item")
          a : String
          b : String
          flag : boolean
          items : int @count
          amt : java.math.BigDecimal @sum
          price : java.math.BigDecimal @sum
      end
      """;

  private static String goal(String id, String type, String field) {
    return """
        rule "%s"
            @goal("%s") @plan("test") @title("%s") @target("1") @comparator(">=") @unit("yuan")
            @deadline("2025-12-31") @source("test")
        when
            accumulate($g : %s($v : %s); $s : sum($v), $all : collectList($g))
        then
            measurements.record(drools, $s, $all);
        end
        """.formatted(id, id, id, type, field);
  }

  private static final String GOALS = goal("A1", "ByA", "amt") + goal("A2", "ByA", "qty") + goal("A3", "ByA", "n")
      + goal("A4", "ByA", "price") + goal("B1", "ByAB", "amt") + goal("B2", "ByAB", "price")
      + goal("B3", "ByAB", "items");

  private static Path items(Path dir, int rows, IntFunction<String> row) throws IOException {
    return StreamedVsHeld.csv(dir, "items.csv", "id,a,b,flag,qty,n,amt,price", rows, row);
  }

  private static final String[] PRICES = {"1E+3", "-0.001", "2.50", "7", "", "-12", "0.0", "3.14159", "1E-2", "-5E+2",
      "123456789012345678", "99999999999999999999.5"};
  private static final String[] AMOUNTS = {"1000", "2.5", "", "12000000", "0.10", "7"};

  private static String item(int i) {
    return "I" + String.format("%05d", (i * 7919) % 100_000) + "," + (i % 5 == 0 ? "" : "A" + (i % 4)) + ","
        + (i % 3 == 0 ? "" : "B" + (i % 2)) + "," + (i % 2 == 0) + "," + (i % 11 == 0 ? "" : String.valueOf(i * 1_000_003L))
        + "," + (i % 17) + "," + AMOUNTS[i % AMOUNTS.length] + "," + PRICES[i % PRICES.length];
  }

  private static void assertSameReportOrError(Evaluator rules, Path dir) {
    StreamedVsHeld.assertSameReportOrError(rules, dir);
    if (org.assertj.core.api.Assertions.catchThrowable(() -> FactSets.read(dir, rules.schema())) == null) {
      assertThat(rules.read(dir).facts("items")).isInstanceOf(StreamedFacts.class);
    }
  }

  @Test
  void twoGroupTypesOverOneKind_withAbsentKeys_scalesAndNegativeScales_matchTheHeldGroups(@TempDir Path dir)
      throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    assertSameReportOrError(rules, items(dir, 3_000, StreamedGroupsTest::item));
  }

  @Test
  void onlyOneOfTwoGroupTypesMatched_matchesTheHeldGroups(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + goal("B1", "ByAB", "amt")));
    assertSameReportOrError(rules, items(dir, 3_000, StreamedGroupsTest::item));
  }

  @Test
  void groupsWhoseEveryMemberLacksAnAmount_rankEvidenceById_asHeld(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    assertSameReportOrError(rules, items(dir, 3_000, i -> item(i).replaceFirst(",[^,]*,([^,]*)$", ",,$1")));
  }

  @Test
  void aWholeSumBeyondALong_andNegativeWholes_addUpExactly_asHeld(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    assertSameReportOrError(rules, items(dir, 2_000, i -> item(i).replaceFirst(",[^,]*$",
        i % 2 == 0 ? ",999999999999999999" : i % 3 == 0 ? ",-999999999999999999" : ",-5")));
  }

  @Test
  void anIntSumThatOverflows_failsTheSameWay_streamedAsHeld(@TempDir Path dir) throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    items(dir, 10, i -> "I" + i + ",A,B,true,1," + Integer.MAX_VALUE + ",1,1");
    Throwable held = catchThrowable(() -> rules.evaluate(FactSets.read(dir, rules.schema())));
    Throwable streamed = catchThrowable(() -> rules.evaluate(rules.read(dir)));
    assertThat(streamed).isNotNull();
    assertThat(held).isNotNull();
    assertThat(streamed.getClass()).isEqualTo(held.getClass());
    assertThat(streamed.getMessage()).isEqualTo(held.getMessage());
    // A located input error, not an arithmetic failure escaping the API.
    assertThat(held).isInstanceOf(FactFormatException.class)
        .hasMessage("items.csv: n: the n of one ByA add up to more than its field n can hold;"
            + " declare ByA.n as long, or as java.math.BigDecimal");
  }

  @Test
  void anIntSumThatOverflows_beforeABadValue_givesTheBadValuesError_streamedAsHeld(@TempDir Path dir)
      throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    items(dir, 2_000, i -> i == 1_500 ? "I" + i + ",A,B,maybe,1,1,1,1" : "I" + i + ",A,B,true,1," + Integer.MAX_VALUE + ",1,1");
    assertSameReportOrError(rules, dir);
    assertThatThrownBy(() -> rules.read(dir)).isInstanceOf(FactFormatException.class).hasMessageContaining("items.csv:1502");
  }

  @Test
  void aLongSumThatOverflows_beforeARepeatedId_givesTheRepeatedIdsError_streamedAsHeld(@TempDir Path dir)
      throws IOException {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("plan.drl", ITEMS + GOALS));
    items(dir, 2_000, i -> "I" + (i == 1_500 ? 7 : i) + ",A,B,true,999999999999999999,1,1,1");
    assertSameReportOrError(rules, dir);
    assertThatThrownBy(() -> rules.read(dir)).isInstanceOf(FactFormatException.class)
        .hasMessageContaining("duplicate id 'I7'");
  }
}
