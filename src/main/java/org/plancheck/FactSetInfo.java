package org.plancheck;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a fact set describes: its name, the date its data is as of, and its region.
 *
 * @param name a name for reports, never null (a folder's or file's name by default)
 * @param asOf the date the data describes, or null when not stated
 * @param region the region the data covers, or null when not stated
 */
public record FactSetInfo(String name, LocalDate asOf, String region) {

  /** Requires a name. */
  public FactSetInfo {
    Objects.requireNonNull(name, "name");
  }
}
