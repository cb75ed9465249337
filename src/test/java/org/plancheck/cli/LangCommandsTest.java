package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;

/** --lang zh on the commands that write reports for people; machine formats stay the same bytes. */
class LangCommandsTest {
  private static final String SHANGHAI = "fixtures/shanghai-2025";
  /** English words of the reports that must not be left in a Chinese one. */
  private static final String[] ENGLISH = {"MET", "MISSED", "UNKNOWN", "billion", "trillion", "more than", "at least",
      "Status", "target"};

  @TempDir Path temp;

  @Test
  void evaluateTable_inChinese_hasChineseHeadersStatusesAndAmounts_andNoEnglishWords() {
    CliHarness.Run run = run("evaluate", "--lang", "zh", SHANGHAI);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("目标编号").contains("状态").contains("已达成").contains("未达成")
        .containsPattern("ALL-SCALE +all-industries +已达成 +约1.71万亿 +超过1.5万亿元 +0\n")
        .containsPattern("GLC-CLUSTERS-10B +green-low-carbon +未达成 +4 +至少5个产业集群 +1\n")
        .contains("shanghai-2025（Shanghai，截至2025-12-31）：共30个目标，已达成23个，未达成7个，无法判断0个\n")
        .doesNotContain(ENGLISH);
  }

  @Test
  void unknownReasons_inChinese_nameTheMissingDataAndTheScopeWithoutResult() {
    String table = run("evaluate", "--lang", "zh", "fixtures/data-files-absent").out();
    assertThat(table).contains("GLC-CLUSTERS-100B 无法判断：需要clusters 数据（clusters.csv），而该事实集没有这些数据")
        .doesNotContain("which the fact set does not hold");
    String scoped = run("evaluate", "--lang", "zh", "--rules", "examples/metaverse-districts/rules",
        "examples/metaverse-districts/fact-sets/series-2023-2025/2024-12-31").out();
    assertThat(scoped).contains("MVD-DISTRICT-SCALE[Huangpu] 无法判断：规则“MVD-DISTRICT-SCALE metaverse scale in each district”"
        + "未对该事实集中的范围 Huangpu 给出结果").contains("未到期").doesNotContain("produced no result");
  }

  @Test
  void evaluateTable_inEnglish_isTheDefault() {
    String english = run("evaluate", SHANGHAI).out();
    assertThat(run("evaluate", "--lang", "en", SHANGHAI).out()).isEqualTo(english);
    assertThat(english).containsPattern("ALL-SCALE +all-industries +MET +~1.71 trillion +> 1.5 trillion yuan +0\n");
  }

  @Test
  void explain_inChinese_usesTheChineseTitleAndSource_andSaysTheVerdictInChinese() {
    CliHarness.Run run = run("explain", "--lang", "zh", "MV-SCALE", SHANGHAI);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("MV-SCALE：元宇宙产业规模（metaverse，截止日期2025-12-31）\n")
        .contains("规划要求：到2025年，元宇宙产业规模达到3500亿元。\n")
        .contains("目标：该指标须至少3500亿元（>= 350000000000）。\n")
        .contains("状态：未达成。实际值为约3306.66亿元（330666060000），为目标的约94.48%，仍需约193.34亿元（19333940000）。")
        .contains("计入的事实，显示10条，共798条（--all 可列出全部）：")
        .doesNotContain("The plan").doesNotContain("Status").doesNotContain("MISSED").doesNotContain("billion");
  }

  @Test
  void goalsMarkdown_inChinese_listsChineseTitlesTargetsInWordsAndSources() {
    String md = run("goals", "--format", "markdown", "--lang", "zh").out();
    assertThat(md).startsWith("# 目标清单\n")
        .contains("| 目标编号 | 名称 | 目标值 | 截止日期 | 规划要求 |\n")
        .contains("| GLC-SCALE | 绿色低碳产业规模 | 超过5000亿元 | 2025-12-31 | 到2025年，绿色低碳产业规模要突破5000亿元。 |")
        .contains("| MV-SPECIALISTS | 专精特新企业 | 至少100家企业 |")
        .doesNotContain(ENGLISH);
  }

  @Test
  void everyShippedGoal_hasAChineseTitleAndSource() {
    String table = run("goals", "--lang", "zh").out();
    assertThat(table.lines().skip(1).filter(line -> line.matches(".*[A-Za-z]+$")).toList())
        .as("rows whose title is still English").isEmpty();
    assertThat(run("goals", "--format", "json").out()).doesNotContain("\"titleZh\" : null")
        .doesNotContain("\"sourceZh\" : null");
  }

  @Test
  void batchMarkdownAndText_inChinese_haveChineseStatusesAndTrajectories() throws IOException {
    Path out = temp.resolve("zh");
    CliHarness.Run run = run("batch", "--lang", "zh", "--out", out.toString(), "fixtures/series-pudong-2022-2025");
    assertThat(run.out()).startsWith("4个事实集：0个全部目标已达成或未到期，4个有目标未达成或无法判断，0个出错\n报告已写入 ");
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md).startsWith("# plancheck 批量评估报告\n").contains("| 目标 |").contains("| 已达成 |")
        .contains("| 未到期 |").contains("按期可达").doesNotContain("ON_TRACK").doesNotContain(ENGLISH);
    assertThat(Files.readString(out.resolve("summary.txt"))).startsWith("事实集\n").contains("进展趋势")
        .doesNotContain(ENGLISH);
  }

  @Test
  void machineFormats_areTheSameBytesInEveryLanguage() throws IOException {
    assertThat(run("evaluate", "--format", "json", "--lang", "zh", SHANGHAI).out())
        .isEqualTo(run("evaluate", "--format", "json", SHANGHAI).out());
    assertThat(run("goals", "--format", "json", "--lang", "zh").out()).isEqualTo(run("goals", "--format", "json").out());
    assertThat(run("test", "--format", "junit", "--lang", "zh", SHANGHAI).out())
        .isEqualTo(run("test", "--format", "junit", SHANGHAI).out());
    assertThat(run("test", "--format", "json", "--lang", "zh", SHANGHAI).out())
        .isEqualTo(run("test", "--format", "json", SHANGHAI).out());
    Path en = temp.resolve("en");
    Path zh = temp.resolve("zh");
    run("batch", "--out", en.toString(), "fixtures/series-pudong-2022-2025", SHANGHAI);
    run("batch", "--lang", "zh", "--out", zh.toString(), "fixtures/series-pudong-2022-2025", SHANGHAI);
    for (String file : new String[] {"report.json", "summary.csv", "junit.xml"}) {
      assertThat(Files.readAllBytes(zh.resolve(file))).as(file).isEqualTo(Files.readAllBytes(en.resolve(file)));
    }
    assertThat(Files.readString(zh.resolve("report.md"))).isNotEqualTo(Files.readString(en.resolve("report.md")));
  }

  @Test
  void aGoalWithoutChineseTitleOrSource_fallsBackToEnglish_withoutAWarning() throws IOException {
    Path rules = RuleFolders.copyOfShippedRules(temp);
    RuleFolders.edit(rules.resolve("metaverse.drl"), " @title_zh(\"元宇宙产业规模\")", "");
    RuleFolders.edit(rules.resolve("metaverse.drl"), " @source_zh(\"到2025年，元宇宙产业规模达到3500亿元。\")", "");
    assertThat(run("check", "--rules", rules.toString()).out()).endsWith("rules: 30 goals, 0 errors, 0 warnings\n");
    assertThat(run("goals", "--lang", "zh", "--rules", rules.toString()).out())
        .containsPattern("MV-SCALE +metaverse +至少3500亿元 +2025-12-31 +Industry scale\n");
    assertThat(run("explain", "--lang", "zh", "--rules", rules.toString(), "MV-SCALE", SHANGHAI).out())
        .startsWith("MV-SCALE：Industry scale（metaverse，")
        .contains("规划要求：The metaverse industry is to reach 350 billion yuan by 2025.\n");
  }

  @Test
  void diff_inChinese_saysStatusMovesInChinese() throws IOException {
    Path before = temp.resolve("before.json");
    Path after = temp.resolve("after.json");
    run("evaluate", "--format", "json", "--output", before.toString(), "fixtures/all-goals-met");
    run("evaluate", "--format", "json", "--output", after.toString(), SHANGHAI);
    CliHarness.Run run = run("diff", "--lang", "zh", before.toString(), after.toString());
    assertThat(run.out()).startsWith("目标编号").contains("已达成 -> 未达成").contains("个目标状态有变化；有原已达成的目标不再达成\n")
        .doesNotContain(ENGLISH);
  }

  @Test
  void aLanguageThatIsNotOffered_isAUsageError() {
    CliHarness.Run run = run("evaluate", "--lang", "fr", SHANGHAI);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--lang': expected one of [en, zh]");
  }
}
