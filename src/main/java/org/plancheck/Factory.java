package org.plancheck;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A factory of an industry: whether it is rated a smart factory and when it opened.
 *
 * @param id the factory id, unique within a fact set
 * @param name the factory's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param enterprise the id of the enterprise that runs it, possibly empty
 * @param smart whether it is rated a smart factory
 * @param opened the date it opened
 */
public record Factory(String id, String name, String industry, String enterprise, boolean smart, LocalDate opened)
    implements Fact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Factory {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    enterprise = Objects.requireNonNullElse(enterprise, "");
    Objects.requireNonNull(opened, "opened");
  }
}
