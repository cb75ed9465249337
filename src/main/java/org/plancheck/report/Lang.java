package org.plancheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.plancheck.Comparison;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Status;
import org.plancheck.TrajectoryClass;

/**
 * The language of the human-readable reports ({@code --lang}), and its message catalogue:
 * {@code messages_<lang>.properties} beside this class, read as UTF-8. Every word a table,
 * explanation, Markdown or HTML report shows comes from the catalogue, so a writer never asks
 * which language it writes; only grammar that no template can say (English plurals) lives here.
 *
 * <p>A message is a template whose {@code {0}}, {@code {1}}, ... are replaced by arguments;
 * a template may leave an argument out or reorder them. Machine formats (JSON, CSV, JUnit XML)
 * never use the catalogue.
 */
public enum Lang {
  /** English, the default: what plancheck has always written. */
  en(true),
  /** Simplified Chinese: statuses and comparators in words, yuan in 万, 亿 and 万亿. */
  zh(false);

  private final boolean plurals;
  private Properties words;

  Lang(boolean plurals) {
    this.plurals = plurals;
  }

  /** Returns the message {@code key}; a missing key is a bug of the catalogue, caught by its test. */
  public String word(String key) {
    return find(key).orElseThrow(() -> new IllegalStateException(
        "messages_" + name() + ".properties has no message " + key));
  }

  /** Returns the message {@code key}, or empty when the catalogue has none. */
  Optional<String> find(String key) {
    return Optional.ofNullable(catalogue().getProperty(key));
  }

  /** Returns the message {@code key} with {@code {i}} replaced by {@code args[i]}. */
  public String say(String key, Object... args) {
    return fill(word(key), args);
  }

  /** Returns the message {@code key} split at {@code |}: the headers of a table. */
  public String[] columns(String key) {
    return word(key).split("\\|", -1);
  }

  /**
   * Returns a status word: MET, MISSED, UNKNOWN, ERROR (a fact set that failed) and any status
   * a newer report may hold, looked up by name; a name the catalogue lacks is shown as it is.
   */
  public String status(String name) {
    return find("status." + name).orElse(name);
  }

  /** Returns the word for {@code status}. */
  public String status(Status status) {
    return status(status.name());
  }

  /** Returns the words for a trajectory class: ON_TRACK, "进展顺利". */
  String trajectory(TrajectoryClass trajectory) {
    return find("trajectory." + trajectory.name()).orElse(trajectory.name());
  }

  /** Returns a comparator in words: "more than", "超过". */
  String comparator(Comparison comparison) {
    return word("comparator." + comparison.name());
  }

  /** Returns "19 goals" or "19个目标": {@code n} and the catalogue's {@code noun.<noun>}. */
  public String count(long n, String noun) {
    String word = word("noun." + noun);
    return plurals ? Words.count(n, word) : n + word;
  }

  /** Returns the goal's title in this language; the English one when the rule gives none. */
  String title(Goal goal) {
    return this == zh && !goal.titleZh().isEmpty() ? goal.titleZh() : goal.title();
  }

  /**
   * Returns why a result is UNKNOWN in this language: the English reason of the report, or the
   * same said from the result's parts (the kinds it lacks, or the rule that recorded nothing).
   */
  String reason(GoalResult result) {
    if (this == en || result.reason() == null) {
      return result.reason();
    }
    if (!result.missing().isEmpty()) {
      return say("reason.missing", result.missing().stream().map(k -> say("reason.kind", k))
          .reduce((a, b) -> say("list.pair", a, b)).orElseThrow());
    }
    return result.scope() == null ? say("reason.noResult", result.goal().rule())
        : say("reason.noResultForScope", result.goal().rule(), result.scope());
  }

  /** Returns the goal's paraphrase of the plan in this language; the English one when the rule gives none. */
  String source(Goal goal) {
    return this == zh && !goal.sourceZh().isEmpty() ? goal.sourceZh() : goal.source();
  }

  static String fill(String template, Object... args) {
    StringBuilder text = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        text.append(args[Integer.parseInt(template.substring(i + 1, close))]);
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  private synchronized Properties catalogue() {
    if (words == null) {
      words = load("messages_" + name() + ".properties");
    }
    return words;
  }

  private static Properties load(String file) {
    Properties properties = new Properties();
    try (InputStream in = Lang.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the plancheck jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException(file + " cannot be read from the plancheck jar", e);
    }
    return properties;
  }
}
