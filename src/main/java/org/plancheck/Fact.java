package org.plancheck;

/**
 * A record in a fact set: an enterprise, cluster, park, scenario or product.
 *
 * <p>Facts are immutable values; rules match them and reports cite them by id.
 */
public sealed interface Fact permits AmountFact, Park, Scenario, Product, Indicator, Factory {
  /** Returns the fact's id, unique among facts of its kind in one fact set. */
  String id();

  /** Returns the fact's name, possibly empty. */
  String name();

  /** Returns the industry the fact belongs to, one of {@link Vocabulary#INDUSTRIES}. */
  String industry();
}
