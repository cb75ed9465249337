package org.plancheck.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The escaping helpers of the formats, on the characters each must not let through raw. */
class EscapingTest {
  @Test
  void markdownCells_escapeBackslashBeforePipe() {
    assertThat(MarkdownText.cell("a\\|b\nc")).isEqualTo("a\\\\\\|b c");
    assertThat(JunitXml.text("a\u0000b\uFFFEc\ud800")).isEqualTo("a\\x00b\\uFFFEc\\uD800");
    assertThat(TerminalText.escape("\u4e2d\u6587 \ud83d\ude00 ok")).isEqualTo("\u4e2d\u6587 \ud83d\ude00 ok");
  }

}
