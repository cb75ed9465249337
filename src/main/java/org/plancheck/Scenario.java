package org.plancheck;

import java.util.Objects;

/**
 * A demonstration scenario launched in an industry.
 *
 * @param id the scenario id, unique within a fact set
 * @param name the scenario's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param kind what sort it is, free text such as {@code icv-benchmark}; possibly empty
 */
public record Scenario(String id, String name, String industry, String kind) implements Fact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Scenario {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    kind = Objects.requireNonNullElse(kind, "");
  }

  /** Creates a scenario with no kind. */
  public Scenario(String id, String name, String industry) {
    this(id, name, industry, "");
  }
}
