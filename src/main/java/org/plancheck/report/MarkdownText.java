package org.plancheck.report;

/** The one escaping helper for Markdown table cells: nothing in a cell can end the cell or the row. */
public final class MarkdownText {
  private MarkdownText() {}

  /**
   * Returns {@code text} safe in a Markdown table cell: backslashes and pipes are escaped (a
   * backslash first, so {@code \|} in the text cannot unescape a pipe), HTML is shown as text,
   * line breaks become spaces, and other control characters are shown as {@code \x1B}.
   */
  static String cell(String text) {
    String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return TerminalText.escape(flat).replace("\\", "\\\\").replace("|", "\\|")
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Returns a table's header row and rule: "| Goal | Title |\n| --- | --- |\n"; the headers are escaped. */
  static String header(String... columns) {
    StringBuilder md = new StringBuilder("|");
    for (String column : columns) {
      md.append(' ').append(cell(column)).append(" |");
    }
    return md.append('\n').append("| --- ".repeat(columns.length)).append("|\n").toString();
  }
}
