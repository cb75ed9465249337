package org.plancheck.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps database passwords out of every message and report: a JDBC URL is shown with its
 * password replaced by {@code ***}, and a driver's message has every known password replaced
 * (a driver may echo the URL it was given, as {@code DriverManager}'s "No suitable driver" does).
 */
public final class Secrets {
  /** What stands for a password wherever one would be shown. */
  public static final String MASK = "***";

  // A parameter whose name says password (password, sslpassword, pwd, passwd), in the query
  // string (?x=&y=), or after ; or : as SQL Server and Oracle-style URLs write them.
  private static final Pattern PARAMETER =
      Pattern.compile("(?i)([?&;:][^=&;?:/]*(?:password|passwd|pwd)[^=&;?:/]*=)([^&;]*)");
  // user:password@ in the authority, as MySQL and Oracle thin URLs allow.
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]*:)([^/@?]*)@");

  private final List<String> known;

  private Secrets(List<String> known) {
    this.known = known;
  }

  /** Returns the secrets of {@code url} and of {@code properties}' password-like entries. */
  public static Secrets of(String url, Properties properties) {
    List<String> known = new ArrayList<>();
    for (Pattern p : List.of(PARAMETER, USER_INFO)) {
      Matcher m = p.matcher(url);
      while (m.find()) {
        known.add(m.group(2));
      }
    }
    for (String name : properties.stringPropertyNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.contains("password") || lower.contains("passwd") || lower.contains("pwd")) {
        known.add(properties.getProperty(name));
      }
    }
    // Longest first, so that a password containing another is replaced whole.
    known.removeIf(s -> s == null || s.isEmpty());
    known.sort(Comparator.comparingInt(String::length).reversed());
    return new Secrets(List.copyOf(known));
  }

  /** Returns {@code url} with the value of each password parameter and of user:password@ masked. */
  public static String mask(String url) {
    String masked = PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }

  /** Returns whether no secret is known: nothing to scrub. */
  public boolean none() {
    return known.isEmpty();
  }

  /** Returns {@code message} with every known secret replaced by {@link #MASK}; null stays null. */
  public String scrub(String message) {
    if (message == null) {
      return null;
    }
    String scrubbed = message;
    for (String secret : known) {
      scrubbed = scrubbed.replace(secret, MASK);
    }
    return scrubbed;
  }
}
