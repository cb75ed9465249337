package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Evaluator;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSets;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.facts.SplittableSink;
import org.plancheck.testing.StreamedVsHeld;

/**
 * Amounts read in halves as whole yuan (longs beside the values) must give what the usual read
 * gives, where a BigDecimal is made of every amount: as group keys, summed, banded at and around
 * bounds that are not whole, checked against a range (under a condition on their band), ranked
 * as evidence when equal amounts are written in different forms, and in the facts a rule matches
 * one by one. Each report is compared with one pass and with the held read, to every line.
 */
class WholeAmountsInHalvesTest {
  private static final String DEALS = """
      package test;
      declare Deal
          @facts("deals")
          id : String @key
          region : String @required
          kind : String @words("a, b, c")
          value : java.math.BigDecimal @required @amount
          fee : java.math.BigDecimal @amount @range("0, 1000000")
          cap : java.math.BigDecimal @amount @range("10, 20") @rangeIf("tier in (low, mid)")
          tier : String @bands("value: low from 0.5, mid from 1.5 billion, high from 1000000000000000")
          size : String @bands("value: small from 1, large from 1.5 billion, largest from 1e15")
      end
      declare ByValue
          @groups("Deal")
          value : java.math.BigDecimal
          deals : long @count
          fees : java.math.BigDecimal @sum("fee")
      end
      declare ByTier
          @groups("Deal")
          region : String
          tier : String
          size : String
          deals : int @count
          value : java.math.BigDecimal @sum
          cap : java.math.BigDecimal @sum
      end
      declare ByFee
          @groups("Deal")
          fee : java.math.BigDecimal
          kind : String
          total : java.math.BigDecimal @sum("value")
      end
      """;

  private static final String GOALS = StreamedVsHeld.counting("V1", "ByValue()")
      + StreamedVsHeld.counting("V2", "ByValue(deals > 100)")
      + StreamedVsHeld.counting("T1", "ByTier(tier == \"mid\")")
      + StreamedVsHeld.counting("T4", "ByTier(size == \"large\" || size == \"\")")
      + StreamedVsHeld.goal("T2", "accumulate($g : ByTier($v : value); $s : sum($v), $all : collectList($g))", "$s", "$all")
      + StreamedVsHeld.goal("T3", "accumulate($g : ByTier($v : cap); $s : sum($v), $all : collectList($g))", "$s", "$all")
      + StreamedVsHeld.counting("F1", "ByFee(fee == null || fee > 999999)")
      + StreamedVsHeld.goal("F2", "accumulate($g : ByFee($v : total); $s : sum($v), $all : collectList($g))", "$s", "$all")
      + StreamedVsHeld.counting("S1", "Deal(value >= 1500000000)")
      + StreamedVsHeld.counting("S2", "Deal(fee == 1000000)");

  private static final Evaluator RULES = rules(DEALS);
  private static final FactKind DEAL = RULES.schema().kind("deals").orElseThrow();
  // The fee, optional, declared first of the amounts: evidence is ranked by it where every
  // member of a group has one, by id where some lack it.
  private static final String VALUE = "    value : java.math.BigDecimal @required @amount\n";
  private static final Evaluator FEE_FIRST = rules(DEALS.replace(VALUE, "").replace("    cap :", VALUE + "    cap :"));

  private static Evaluator rules(String deals) {
    return Evaluator.fromRuleTexts(Map.of("plan.drl", deals + GOALS.replace("package test;", "")));
  }

  // Equal amounts in different forms (ranked then by id), at and around the bands' bounds, the
  // largest amount written every way, spaces around digits, zeros written with leading zeros.
  private static final String[] VALUES = {"12", " 12 ", "12.0", "1.2e1", "0012", "1500000000", "1.5 billion", "15亿",
      "1499999999", "1500000001", "1499999999.5", "0", "000", "0.5", "1", "1000000000000000", "1e15", "1000000000000000.0",
      "999999999999999", "5.0", "5", "  7", "7  ", "0000000000000007", "1500000000.000"};
  private static final String[] FEES = {"0", "1000000", "999999", "", "1000000.0", "1e6", "500", "0.000001", " 3 ", "3"};
  private static final String[] CAPS = {"10", "20", "15", "10.0", "2e1", "19.999999", " 10 "};

  @TempDir Path dir;

  /** A deal of row {@code i}: ids out of order, so that repeated ids are looked for by hash. */
  private static String deal(int i) {
    String value = VALUES[i % VALUES.length];
    // Low and mid deals need a cap within the range; the others may have any or none.
    String cap = i % 11 == 0 ? "" : CAPS[i % CAPS.length];
    return "D" + String.format("%06d", (i * 7919L) % 1_000_000) + ",R" + (i % 3) + "," + "abc".charAt(i % 3) + ","
        + value + "," + FEES[(i / 3) % FEES.length] + "," + cap;
  }

  private Path deals(int rows, IntFunction<String> row) throws IOException {
    StreamedVsHeld.csv(dir, "deals.csv", "id,region,kind,value,fee,cap", rows, row);
    Path file = dir.resolve("deals.csv");
    assertThat(Files.size(file)).isGreaterThan(CsvHalves.MIN_BYTES);
    return file;
  }

  private static Report halves(Evaluator rules, Path file) throws IOException {
    FactKind deal = rules.schema().kind("deals").orElseThrow();
    SplittableSink sink = (SplittableSink) rules.reducer(deal);
    CsvHalves.Read read = CsvHalves.read(file, deal, Limits.DEFAULT, sink, 0);
    assertThat(read).as("read in halves").isNotNull();
    return HalvesReports.report(rules, deal, file, sink, read.count());
  }

  /** Reads the file the usual way into a reducer, through a sink that cannot be split. */
  private static Report onePass(Evaluator rules, Path file) {
    return HalvesReports.onePass(rules, rules.schema().kind("deals").orElseThrow(), file);
  }

  /** Each goal's counted facts: their lines and every value, with the class of each amount. */
  private static List<List<String>> counted(Report report) {
    return report.goals().stream().map(goal -> goal.counted().stream()
        .map(f -> f.line() + " " + f.values() + " " + (f.amount() == null ? "" : f.amount().scale())).toList()).toList();
  }

  private static void assertSameAsOnePassAndHeld(Path file) throws IOException {
    assertSameAsOnePassAndHeld(RULES, file);
  }

  private static void assertSameAsOnePassAndHeld(Evaluator rules, Path file) throws IOException {
    Report halves = halves(rules, file);
    Report onePass = onePass(rules, file);
    assertThat(halves.toJson()).isEqualTo(onePass.toJson());
    assertThat(counted(halves)).isEqualTo(counted(onePass));
    Report held = rules.evaluate(FactSets.read(file.getParent(), rules.schema()));
    assertThat(halves.toJson()).isEqualTo(held.toJson());
    assertThat(counted(halves)).isEqualTo(counted(held));
  }

  @Test
  void amountsAsGroupKeys_sums_bands_rangesAndTies_readInHalves_giveTheReportOfOnePassAndOfTheHeldRead()
      throws IOException {
    Path file = deals(6_000, WholeAmountsInHalvesTest::deal);
    assertSameAsOnePassAndHeld(file);
    StreamedVsHeld.assertSameReportOrError(RULES, dir);
  }

  @Test
  void evidenceRankedByAnOptionalAmount_andById_whereAGroupLacksOne_readInHalves_isThatOfOnePassAndOfTheHeldRead()
      throws IOException {
    assertThat(FEE_FIRST.schema().kind("deals").orElseThrow().amount().orElseThrow().name()).isEqualTo("fee");
    Path file = deals(6_000, WholeAmountsInHalvesTest::deal);
    assertSameAsOnePassAndHeld(FEE_FIRST, file);
    StreamedVsHeld.assertSameReportOrError(FEE_FIRST, dir);
  }

  @Test
  void sumsOfWholeAmountsPastALong_readInHalves_giveTheSumsOfOnePass() throws IOException {
    // 10^15 yuan in each of 10,000 deals of one group: 10^19, past a long in either half alone.
    Path file = deals(20_000, i -> i % 2 == 0 ? "D" + String.format("%06d", i) + ",R0,a,1000000000000000,1000000,"
        : deal(i));
    assertSameAsOnePassAndHeld(file);
  }

  @Test
  void equalAmountsInEveryForm_inOneGroup_rankByIdAsOnePassRanksThem() throws IOException {
    // Every deal in one region and tier, of one amount written five ways: the evidence is the
    // smallest ids, whichever form each half held its amounts in.
    String[] forms = {"1500000000", "1.5 billion", "15亿", "1500000000.000", "1.5e9"};
    Path file = deals(5_000, i -> "D" + String.format("%06d", (i * 7919L) % 1_000_000) + ",R0,a,"
        + forms[i % forms.length] + ",3,15");
    assertSameAsOnePassAndHeld(file);
  }

  @Test
  void anAmountOutsideItsRange_afterTheMiddle_isReportedAsTheUsualReadReportsIt() throws IOException {
    for (String bad : new String[] {"1000001", "1000000.5", "1.000001e6"}) {
      Path file = deals(6_000, i -> i == 4_500 ? "D999999,R0,a,5," + bad + ",15" : deal(i));
      assertThat(CsvHalves.read(file, DEAL, Limits.DEFAULT, (SplittableSink) RULES.reducer(DEAL), 0)).isNull();
      assertThatThrownBy(() -> RULES.evaluate(RULES.read(dir))).isInstanceOf(FactFormatException.class)
          .hasMessageContaining(":4502:").hasMessageContaining(" is outside the range 0 to 1000000 (@range)");
      StreamedVsHeld.assertSameReportOrError(RULES, dir);
    }
  }

  @Test
  void aCapOutsideItsRange_onlyWhereTheBandOfAWholeAmountSaysSo_isReportedAsTheUsualReadReportsIt()
      throws IOException {
    // 1499999999 is mid only from 1.5 billion: low, so its cap is checked; 10^15 is high, so not.
    Path file = deals(6_000, i -> i == 4_000 ? "D999998,R0,a,1000000000000000,3,21"
        : i == 5_000 ? "D999999,R0,a,1499999999,3,21" : deal(i));
    PlancheckException usual = (PlancheckException) org.assertj.core.api.Assertions.catchThrowable(
        () -> FactSets.read(dir, RULES.schema()));
    assertThat(usual).isNotNull();
    assertThat(usual.getMessage()).contains(":5002:", "21 is outside the range 10 to 20 (@range)");
    StreamedVsHeld.assertSameReportOrError(RULES, dir);
  }

  @Test
  void anAmountJustPastTheLargest_afterTheMiddle_isReportedAsTheUsualReadReportsIt() throws IOException {
    for (String bad : new String[] {"1000000000000001", "00000000000000001000000000000001", "1.000000000000001e15"}) {
      Path file = deals(6_000, i -> i == 4_500 ? "D999999,R0,a," + bad + ",3,15" : deal(i));
      assertThatThrownBy(() -> RULES.evaluate(RULES.read(dir))).isInstanceOf(FactFormatException.class)
          .hasMessageContaining(":4502:").hasMessageContaining("exceeds the largest accepted amount");
      StreamedVsHeld.assertSameReportOrError(RULES, dir);
    }
  }

  @Test
  void aRepeatedIdInTheSecondHalf_isReportedAsTheUsualReadReportsIt() throws IOException {
    Path file = deals(6_000, i -> i == 5_000 ? deal(7) : deal(i));
    assertThatThrownBy(() -> RULES.evaluate(RULES.read(dir))).isInstanceOf(FactFormatException.class)
        .hasMessageContaining(":5002:");
    assertThat(file).exists();
    StreamedVsHeld.assertSameReportOrError(RULES, dir);
  }
}
