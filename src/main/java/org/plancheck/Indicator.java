package org.plancheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A statistic reported for an industry as a whole, such as a sector's scale or a share in
 * percent: what a register of enterprises cannot add up to.
 *
 * @param id the row id, unique within a fact set
 * @param name a description, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param indicator what is measured, in kebab-case, such as {@code software-information-services-scale};
 *     one row per industry and indicator
 * @param value the value: yuan for scales, a number such as 62.5 for percentages; not negative
 */
public record Indicator(String id, String name, String industry, String indicator, BigDecimal value)
    implements Fact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Indicator {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    Vocabulary.requireText("indicator", indicator);
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value cannot be negative");
    }
  }
}
