package org.plancheck.facts;

/**
 * The values of one field for every row of a {@link FactTable}. Immutable once built; a
 * column is written only by its {@link Builder}, before the table is shared.
 */
interface Column {
  /** Returns the value at {@code row}, as the field's type gives it (null for absent numbers). */
  Object get(int row);

  /**
   * Returns the codes of the column: equal values share a code, codes are numbered by first
   * appearance from 0.
   */
  Codes codes();

  /** Collects the values of one column, one row at a time. */
  interface Builder {
    /** Appends the value of the next row. */
    void add(Object value);

    /** Returns the column of the {@code size} rows added. */
    Column build(int size);
  }
}
