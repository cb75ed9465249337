package org.plancheck.report;

import java.math.BigDecimal;

/** Small helpers for sentences in command output: the one place that forms plurals. */
public final class Words {
  private Words() {}

  /** Returns "1 goal", "2 goals", "59 factories": {@code n} and the noun, plural unless n is 1. */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : plural(noun));
  }

  /** Returns the plural of an English noun: goal, goals; factory, factories; box, boxes. */
  static String plural(String noun) {
    int n = noun.length();
    if (n > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(n - 2)) < 0) {
      return noun.substring(0, n - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /**
   * Returns the unit a goal declares (rules write it plural: "enterprises", "factories") in
   * the form {@code value} takes: singular for exactly 1, as written otherwise. Units that are
   * not plural nouns ("yuan", "percent") are left alone.
   */
  static String unit(BigDecimal value, String unit) {
    if (value == null || value.compareTo(BigDecimal.ONE) != 0) {
      return unit;
    }
    return singular(unit);
  }

  /** Returns the singular of a plural English noun; a word not ending in s is returned as is. */
  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("xes") || noun.endsWith("sses")) {
      return noun.substring(0, noun.length() - 2);
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 1) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }
}
