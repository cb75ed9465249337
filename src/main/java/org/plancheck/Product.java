package org.plancheck;

import java.util.Objects;

/**
 * An iconic product or service of an industry.
 *
 * @param id the product id, unique within a fact set
 * @param name the product's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param kind what sort it is, free text such as {@code hit-icv-model}; possibly empty
 */
public record Product(String id, String name, String industry, String kind) implements Fact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Product {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    kind = Objects.requireNonNullElse(kind, "");
  }

  /** Creates a product with no kind. */
  public Product(String id, String name, String industry) {
    this(id, name, industry, "");
  }
}
