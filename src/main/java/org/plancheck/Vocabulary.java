package org.plancheck;

import java.util.Set;

/** The words a fact set may use for industries, designations, segments and park fields. */
public final class Vocabulary {
  /** The industries of the three Shanghai action plans. */
  public static final Set<String> INDUSTRIES =
      Set.of("green-low-carbon", "metaverse", "intelligent-terminal");

  /** Enterprise designations; an enterprise may hold several. */
  public static final Set<String> DESIGNATIONS =
      Set.of("leader", "chain-leader", "core", "featured", "specialist");

  /** The segments an intelligent-terminal enterprise may belong to. */
  public static final Set<String> TERMINAL_SEGMENTS =
      Set.of(
          "intelligent-connected-vehicles",
          "intelligent-robots",
          "virtual-reality",
          "smart-home",
          "smart-wearables");

  /** The fields a green low-carbon industrial park may focus on. */
  public static final Set<String> PARK_FIELDS =
      Set.of(
          "hydrogen-energy",
          "high-end-energy-equipment",
          "low-carbon-metallurgy",
          "green-materials",
          "energy-conservation-environmental-protection");

  private Vocabulary() {}

  /**
   * Checks that {@code value} is one of {@code allowed}.
   *
   * @throws IllegalArgumentException naming the value and listing the allowed words
   */
  static String require(String what, String value, Set<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + value + "'; expected one of " + sorted(allowed));
    }
    return value;
  }

  /** Returns {@code words} sorted and joined with commas, for messages. */
  static String sorted(Set<String> words) {
    return String.join(", ", words.stream().sorted().toList());
  }

  /** Checks that {@code value} is present and not blank. */
  static String requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }
}
