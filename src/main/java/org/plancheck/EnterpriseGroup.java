package org.plancheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Enterprises that agree on everything goal rules test but their amounts: industry, segment,
 * designations, international standing and revenue band. The evaluator inserts one group per
 * such set instead of every enterprise, so a million-firm register reaches the rules as a few
 * hundred facts; rules sum {@link #revenue} and {@link #enterprises} over groups.
 *
 * <p>Evidence stays per enterprise: a rule that records groups as counted facts reports their
 * members. Rules that need an enterprise's own revenue match {@link Enterprise} instead, and
 * then every enterprise is inserted too.
 *
 * @param industry the members' industry
 * @param segment the members' segment, possibly empty
 * @param designations the members' designations
 * @param international whether the members are internationally competitive
 * @param band the members' revenue band, or null when they earn under 1 billion yuan
 * @param enterprises how many members the group has, at least 1
 * @param revenue the members' revenue added up, in yuan
 * @param members the member enterprises, in register order
 * @param largest the members with the largest revenue, largest first, at most {@link
 *     Evidence#SAMPLE_SIZE}: what evidence needs, without ranking every member
 */
public record EnterpriseGroup(
    String industry,
    String segment,
    Set<String> designations,
    boolean international,
    Band band,
    int enterprises,
    BigDecimal revenue,
    List<Enterprise> members,
    List<Enterprise> largest) {

  /** Copies the members; requires the count and the members to agree. */
  public EnterpriseGroup {
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(segment, "segment");
    designations = Set.copyOf(designations);
    Objects.requireNonNull(revenue, "revenue");
    members = List.copyOf(members);
    largest = List.copyOf(largest);
    if (members.isEmpty() || members.size() != enterprises) {
      throw new IllegalArgumentException("a group of " + enterprises + " enterprises has " + members.size() + " members");
    }
  }

  /** Returns the band an amount falls in, or null under 1 billion yuan. */
  static Band bandOf(BigDecimal amount) {
    for (Band band : Band.values()) {
      if (band.contains(amount)) {
        return band;
      }
    }
    return null;
  }
}
