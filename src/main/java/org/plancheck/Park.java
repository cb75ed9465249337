package org.plancheck;

import java.util.Objects;

/**
 * An industrial park and the field it focuses on.
 *
 * @param id the park id, unique within a fact set
 * @param name the park's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param field one of {@link Vocabulary#PARK_FIELDS}
 */
public record Park(String id, String name, String industry, String field) implements Fact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Park {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    Vocabulary.require("field", field, Vocabulary.PARK_FIELDS);
  }
}
