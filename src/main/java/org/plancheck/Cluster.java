package org.plancheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An industry cluster with its scale.
 *
 * @param id the cluster id, unique within a fact set
 * @param name the cluster's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param scale the cluster's scale in yuan, not negative
 */
public record Cluster(String id, String name, String industry, BigDecimal scale)
    implements AmountFact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Cluster {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    Objects.requireNonNull(scale, "scale");
    if (scale.signum() < 0) {
      throw new IllegalArgumentException("scale cannot be negative");
    }
  }

  /** Returns the scale: a cluster's amount is its size. */
  @Override
  public BigDecimal amount() {
    return scale;
  }
}
