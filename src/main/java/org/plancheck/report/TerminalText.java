package org.plancheck.report;

/**
 * The one escaping helper for text shown on a terminal (tables, explanations, summaries,
 * messages): control characters, invisible format characters (bidi overrides, zero-width
 * marks) and lone surrogates from fact sets are shown escaped: ESC as {@code \x1B}, the bidi
 * override U+202E as backslash-u-202E. No escape sequence can recolour or retitle the terminal,
 * and no line can be split or reordered.
 */
public final class TerminalText {
  private TerminalText() {}

  /** Returns {@code text} with every unsafe character escaped, line breaks included. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** Returns {@code text} with every unsafe character but the line feed escaped: for messages of several lines. */
  public static String escapeKeepingLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && safe(text.charAt(i), keepLines)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = text.codePointAt(i);
        if (Character.getType(cp) == Character.FORMAT) {
          out.append(String.format("\\U%08X", cp));
        } else {
          out.appendCodePoint(cp);
        }
        i++;
      } else if (safe(c, keepLines) && !Character.isSurrogate(c)) {
        out.append(c);
      } else {
        out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean safe(char c, boolean keepLines) {
    if (c == '\n') {
      return keepLines;
    }
    if (c >= 0x20 && c < 0x7F) {
      return true;
    }
    int type = Character.getType(c);
    return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
  }
}
