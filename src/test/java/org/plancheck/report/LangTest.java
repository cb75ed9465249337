package org.plancheck.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plancheck.Comparison;
import org.plancheck.Status;
import org.plancheck.TrajectoryClass;

import static org.assertj.core.api.Assertions.assertThat;

/** The message catalogues of --lang, and amounts written in 万, 亿 and 万亿. */
class LangTest {
  private static Properties catalogue(Lang lang) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(Lang.class.getResourceAsStream("messages_" + lang + ".properties"),
        StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static String zh(String amount) {
    return Quantities.format(new BigDecimal(amount), "yuan", Lang.zh);
  }

  @Test
  void everyEnglishMessage_hasAChineseOne_andNoChineseMessageIsUnknownToEnglish() throws IOException {
    Properties en = catalogue(Lang.en);
    Properties zh = catalogue(Lang.zh);
    assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
    // Chinese alone names the units (English writes the rule's own word).
    assertThat(zh.stringPropertyNames()).allMatch(key -> en.containsKey(key) || key.startsWith("unit."));
  }

  @Test
  void everyStatus_andPendingAndError_hasAChineseWord() {
    for (Status s : Status.values()) {
      assertThat(Lang.zh.find("status." + s.name())).as(s.name()).isPresent();
      assertThat(Lang.en.status(s)).isEqualTo(s.name());
    }
    assertThat(Lang.zh.status("PENDING")).isEqualTo("未到期");
    assertThat(Lang.zh.status("ERROR")).isEqualTo("出错");
    assertThat(Lang.zh.status(Status.MET)).isEqualTo("已达成");
    assertThat(Lang.zh.status(Status.MISSED)).isEqualTo("未达成");
    assertThat(Lang.zh.status(Status.UNKNOWN)).isEqualTo("无法判断");
    assertThat(Lang.zh.status("SOME_NEWER_STATUS")).isEqualTo("SOME_NEWER_STATUS");
  }

  @Test
  void everyComparatorAndTrajectoryClass_hasWordsInBothLanguages_englishAsComparisonSaysIt() {
    for (Comparison c : Comparison.values()) {
      assertThat(Lang.en.comparator(c)).isEqualTo(c.inWords());
      assertThat(Lang.zh.comparator(c)).doesNotContainPattern("[a-z]");
    }
    assertThat(Lang.zh.comparator(Comparison.GREATER)).isEqualTo("超过");
    assertThat(Lang.zh.comparator(Comparison.AT_MOST)).isEqualTo("不超过");
    for (TrajectoryClass t : TrajectoryClass.values()) {
      assertThat(Lang.zh.find("trajectory." + t.name())).as(t.name()).isPresent();
      assertThat(Lang.en.trajectory(t)).isEqualTo(t.name());
    }
  }

  @Test
  void templates_fillNumberedArguments_inAnyOrder_andLeaveOtherBracesAlone() {
    assertThat(Lang.fill("{1} before {0}; {x} {}", "a", "b")).isEqualTo("b before a; {x} {}");
  }

  @Test
  void chineseAmounts_belowTenThousand_arePlainYuan() {
    assertThat(zh("9999.99")).isEqualTo("9999.99");
    assertThat(zh("12.5")).isEqualTo("12.5");
    assertThat(zh("0")).isEqualTo("0");
    assertThat(zh("0.01")).isEqualTo("0.01");
    assertThat(zh("0.001")).isEqualTo("约0");
  }

  @Test
  void chineseAmounts_atJustBelowAndJustAboveEachUnitBoundary_areIn万Or亿Or万亿() {
    assertThat(zh("10000")).isEqualTo("1万");
    assertThat(zh("10000.01")).isEqualTo("约1万");
    assertThat(zh("99999999")).as("just below 1亿, rounded up in 万").isEqualTo("约10000万");
    assertThat(zh("100000000")).isEqualTo("1亿");
    assertThat(zh("100000001")).isEqualTo("约1亿");
    assertThat(zh("999999999999")).as("just below 1万亿").isEqualTo("约10000亿");
    assertThat(zh("1000000000000")).isEqualTo("1万亿");
    assertThat(zh("1000000000001")).isEqualTo("约1万亿");
    assertThat(zh("1712345678901")).isEqualTo("约1.71万亿");
    assertThat(zh("519582000000")).isEqualTo("5195.82亿");
  }

  @Test
  void chineseAmounts_negativeGaps_keepTheSignAfterTheMarkOfRounding() {
    assertThat(zh("-1500000000000")).isEqualTo("-1.5万亿");
    assertThat(zh("-19333940000")).isEqualTo("约-193.34亿");
    assertThat(zh("-5000")).isEqualTo("-5000");
  }

  @Test
  void chineseAmounts_withUnits_nameYuanAndCounters_countsStayWholeNumbers() {
    assertThat(Quantities.withUnit(new BigDecimal("1712345678901"), "yuan", Lang.zh)).isEqualTo("约1.71万亿元");
    assertThat(Quantities.withUnit(new BigDecimal("1040"), "enterprises", Lang.zh)).isEqualTo("1040家企业");
    assertThat(Quantities.withUnit(BigDecimal.ONE, "enterprises", Lang.zh)).isEqualTo("1家企业");
    assertThat(Quantities.withUnit(new BigDecimal("50"), "percent", Lang.zh)).isEqualTo("50%");
    assertThat(Quantities.format(new BigDecimal("123456"), "enterprises", Lang.zh)).isEqualTo("123456");
    assertThat(Quantities.withUnit(new BigDecimal("3"), "widgets", Lang.zh)).as("a unit the catalogue lacks")
        .isEqualTo("3 widgets");
  }

  @Test
  void englishAmounts_areAsBefore() {
    assertThat(Quantities.withUnit(new BigDecimal("1712345678901"), "yuan", Lang.en)).isEqualTo("~1.71 trillion yuan");
    assertThat(Quantities.withUnit(BigDecimal.ONE, "enterprises", Lang.en)).isEqualTo("1 enterprise");
    assertThat(Quantities.format(new BigDecimal("10000"), "yuan", Lang.en)).isEqualTo("10000");
  }

  @Test
  void chineseCharacters_countTwoColumnsInTextTables() {
    assertThat(TextTable.width("已达成")).isEqualTo(6);
    assertThat(TextTable.width("MET")).isEqualTo(3);
    assertThat(TextTable.render(java.util.List.of(new String[] {"状态", "x"}, new String[] {"MET", "y"})))
        .isEqualTo("状态  x\nMET   y\n");
  }
}
