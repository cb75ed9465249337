package org.plancheck.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one rule file, for pointing problems at lines and columns the compiler does not
 * give: where a rule starts, where its annotations and its consequence are.
 */
public final class RuleSource {
  private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
  private static final Pattern WHEN_OR_THEN = Pattern.compile("^\\s*(when|then)\\b");

  private final Path file;
  private final List<String> lines;
  private final Map<String, Integer> ruleLines = new HashMap<>();

  private RuleSource(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = RULE_HEADER.matcher(lines.get(i));
      if (m.find()) {
        ruleLines.putIfAbsent(m.group(1).replace("\"", ""), i + 1);
      }
    }
  }

  public static RuleSource read(Path file) throws IOException {
    return new RuleSource(file, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Returns the source of a rule text held in memory, named {@code file} in messages. */
  public static RuleSource of(Path file, String text) {
    return new RuleSource(file, text.lines().toList());
  }

  /** Returns the whole text, as the compiler reads it. */
  public String text() {
    return String.join("\n", lines) + "\n";
  }

  public Path file() {
    return file;
  }

  /** Returns how many lines the file has. */
  public int lineCount() {
    return lines.size();
  }

  /** Returns the text of 1-based {@code line}, or "" outside the file. */
  public String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  /** Returns the 1-based line of the rule named {@code rule}, or 0 when not found. */
  public int ruleLine(String rule) {
    return ruleLines.getOrDefault(rule, 0);
  }

  /**
   * Returns the position of {@code @name} in the header of {@code rule} (before {@code when}),
   * or the rule's own position when the annotation is not written.
   */
  public int[] annotation(String rule, String name) {
    int start = ruleLine(rule);
    Pattern at = Pattern.compile("@" + Pattern.quote(name) + "\\b");
    for (int n = start; n >= 1 && n <= lines.size(); n++) {
      if (n > start && WHEN_OR_THEN.matcher(lines.get(n - 1)).find()) {
        break;
      }
      Matcher m = at.matcher(lines.get(n - 1));
      if (m.find()) {
        return new int[] {n, m.start() + 1};
      }
    }
    return new int[] {start, 1};
  }

  /** Returns the text of the rule named {@code rule}, from its header to its {@code end}. */
  public String ruleText(String rule) {
    int start = ruleLine(rule);
    StringBuilder text = new StringBuilder();
    for (int n = start; n >= 1 && n <= lines.size(); n++) {
      text.append(lines.get(n - 1)).append('\n');
      if (n > start && END.matcher(lines.get(n - 1)).matches()) {
        break;
      }
    }
    return text.toString();
  }

  /** Returns the rule's {@code when} part as written, without its keywords. */
  public String conditions(String rule) {
    String text = ruleText(rule);
    Matcher when = Pattern.compile("(?m)^\\s*when\\b").matcher(text);
    Matcher then = Pattern.compile("(?m)^\\s*then\\b").matcher(text);
    if (!when.find() || !then.find(when.end())) {
      return "";
    }
    return text.substring(when.end(), then.start()).stripTrailing().replaceFirst("^\\s*\\n", "");
  }

  /**
   * Returns the first position at or after {@code fromLine} where {@code word} occurs as a
   * whole word, before the next rule starts; or null when it does not.
   */
  public int[] find(int fromLine, String word) {
    Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
    for (int n = Math.max(fromLine, 1); n <= lines.size(); n++) {
      if (n > fromLine && RULE_HEADER.matcher(lines.get(n - 1)).find()) {
        return null;
      }
      Matcher m = p.matcher(lines.get(n - 1));
      if (m.find()) {
        return new int[] {n, m.start() + 1};
      }
    }
    return null;
  }
}
