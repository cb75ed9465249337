package org.plancheck;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * An enterprise in an industry's register.
 *
 * @param id the register id, unique within a fact set
 * @param name the enterprise's name, possibly empty
 * @param industry one of {@link Vocabulary#INDUSTRIES}
 * @param segment the segment within the industry; for intelligent terminals one of {@link
 *     Vocabulary#TERMINAL_SEGMENTS} or empty, for other industries free text
 * @param revenue annual revenue in yuan, not negative
 * @param designations any of {@link Vocabulary#DESIGNATIONS}
 * @param international whether the enterprise is internationally competitive
 */
public record Enterprise(
    String id,
    String name,
    String industry,
    String segment,
    BigDecimal revenue,
    Set<String> designations,
    boolean international)
    implements AmountFact {

  /** Validates every field; throws {@link IllegalArgumentException} naming the bad one. */
  public Enterprise {
    Vocabulary.requireText("id", id);
    name = Objects.requireNonNullElse(name, "");
    Vocabulary.require("industry", industry, Vocabulary.INDUSTRIES);
    segment = Objects.requireNonNullElse(segment, "");
    if (industry.equals("intelligent-terminal") && !segment.isEmpty()) {
      Vocabulary.require("segment", segment, Vocabulary.TERMINAL_SEGMENTS);
    }
    Objects.requireNonNull(revenue, "revenue");
    if (revenue.signum() < 0) {
      throw new IllegalArgumentException("revenue cannot be negative");
    }
    designations = Set.copyOf(designations);
    designations.forEach(d -> Vocabulary.require("designation", d, Vocabulary.DESIGNATIONS));
  }

  /** Returns the revenue: an enterprise's amount is what it earns. */
  @Override
  public BigDecimal amount() {
    return revenue;
  }
}
