package org.plancheck.facts;

/**
 * A column read as codes: {@code codes[row]} numbers the row's value, {@code values[code]} is
 * the value; codes are numbered by first appearance from 0. Grouping compares ints, not
 * objects. The arrays belong to the table: read them, never write them.
 *
 * @param codes one code per row
 * @param values the value of each code
 */
public record Codes(int[] codes, Object[] values) {
  /** Returns how many distinct values the column holds. */
  public int distinct() {
    return values.length;
  }
}
