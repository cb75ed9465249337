package org.plancheck;

import java.math.BigDecimal;

/** A fact that carries an amount of money, used to rank evidence largest first. */
public sealed interface AmountFact extends Fact permits Enterprise, Cluster {
  /** Returns the fact's amount in yuan: an enterprise's revenue, a cluster's scale. */
  BigDecimal amount();
}
