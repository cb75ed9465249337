package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Control characters from fact sets (names, regions, error messages) never reach a terminal
 * raw, never break junit.xml, and never split a row of summary.txt or report.md.
 */
class ControlCharactersTest {
  /** A terminal title change, a colour, a bell, a newline, a pipe, a bidi override and NUL. */
  private static final String EVIL_JSON = "\\u001b]0;pwned\\u0007\\u001b[31mred\\n| x |\\u202e\\u0000";

  @TempDir Path temp;

  private Path factSet(String file, String industry) throws IOException {
    return Files.writeString(temp.resolve(file), """
        {"name": "name %s", "asOf": "2025-06-30", "region": "region %s",
         "enterprises": [{"id": "E1", "industry": "%s", "revenue": "5亿", "designations": ["leader"]}]}
        """.formatted(EVIL_JSON, EVIL_JSON, industry));
  }

  private static void assertNoRawControls(String text) {
    assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x7F || c == 0x202E || (c >= 0x80 && c < 0xA0)))
        .as("raw control characters in:\n" + text).isEmpty();
  }

  @Test
  void tableAndSummaryLine_showControlCharactersEscaped() throws IOException {
    Path set = factSet("evil.json", "metaverse");
    CliHarness.Run run = run("evaluate", set.toString());
    assertNoRawControls(run.out());
    assertThat(run.out()).contains("name \\x1B]0;pwned\\x07\\x1B[31mred\\x0A| x |\\u202E\\x00 (region ");
    CliHarness.Run explain = run("explain", "MV-SCALE", set.toString());
    assertNoRawControls(explain.out());
  }

  @Test
  void errorMessages_showControlCharactersEscaped() throws IOException {
    CliHarness.Run run = run("evaluate", factSet("bad.json", "meta\\u001b[2Jverse").toString());
    assertThat(run.code()).isEqualTo(2);
    assertNoRawControls(run.err());
    assertThat(run.err()).contains("invisible or control character U+001B");
  }

  @Test
  void batchReports_stayWellFormed_andRowsWhole() throws Exception {
    factSet("evil.json", "metaverse");
    factSet("bad.json", "meta\\u001b[2Jverse");
    Path out = temp.resolve("out");
    CliHarness.Run run = run("batch", "--out", out.toString(), temp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertNoRawControls(run.out() + run.err());

    String summary = Files.readString(out.resolve("summary.txt"));
    assertNoRawControls(summary);
    List<String> factSetRows = summary.lines().takeWhile(l -> !l.isEmpty()).toList();
    assertThat(factSetRows).hasSize(4); // heading, header, two fact sets

    String md = Files.readString(out.resolve("report.md"));
    assertNoRawControls(md);
    List<String> rows = md.lines().dropWhile(l -> !l.startsWith("| # |")).takeWhile(l -> !l.isEmpty()).toList();
    assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(7));

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document xml = factory.newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
    assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);

    assertNoRawControls(Files.readString(out.resolve("report.html")));
  }
}
