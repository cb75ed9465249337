package org.plancheck.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.plancheck.facts.Codes;
import org.plancheck.facts.FactTable;

/**
 * The group of each row of a table under some key fields, numbered by first appearance. The
 * key fields' codes are folded two at a time into one code per row: each fold is a pass over
 * int arrays, through a plain array when the pairs are few, so a million rows over a few
 * thousand groups never hash an object.
 *
 * @param groupOfRow the group number of each row
 * @param count how many groups there are
 * @param firstRow the first row of each group
 * @param sizes how many rows each group has
 */
record GroupCodes(int[] groupOfRow, int count, int[] firstRow, int[] sizes) {
  // A fold looks pairs up in an array when it is at most this long (16 MB) and not much longer
  // than the table: beyond that, a hash map of the pairs that occur costs less.
  private static final int MAX_DIRECT = 1 << 22;

  /** Numbers the groups of {@code table} under the fields at {@code keys}. */
  static GroupCodes of(FactTable table, int[] keys) {
    int rows = table.size();
    int[] codes;
    int distinct;
    if (keys.length == 0) {
      codes = new int[rows];
      distinct = rows == 0 ? 0 : 1;
    } else {
      Codes first = table.codes(keys[0]);
      codes = first.codes();
      distinct = first.distinct();
      for (int i = 1; i < keys.length; i++) {
        Codes next = table.codes(keys[i]);
        int[] folded = new int[rows];
        distinct = fold(codes, distinct, next.codes(), next.distinct(), folded);
        codes = folded;
      }
    }
    int[] firstRow = new int[distinct];
    int[] sizes = new int[distinct];
    for (int row = 0; row < rows; row++) {
      if (sizes[codes[row]]++ == 0) {
        firstRow[codes[row]] = row;
      }
    }
    return new GroupCodes(codes, distinct, firstRow, sizes);
  }

  /**
   * Writes to {@code out} one code per row for the pair ({@code a[row]}, {@code b[row]}),
   * numbered by first appearance, and returns how many pairs there are.
   */
  private static int fold(int[] a, int aDistinct, int[] b, int bDistinct, int[] out) {
    long pairs = (long) aDistinct * bDistinct;
    int next = 0;
    if (pairs <= MAX_DIRECT && pairs <= 4L * a.length + 1024) {
      int[] seen = new int[(int) pairs];
      Arrays.fill(seen, -1);
      for (int row = 0; row < a.length; row++) {
        int pair = a[row] * bDistinct + b[row];
        int code = seen[pair];
        if (code < 0) {
          code = next++;
          seen[pair] = code;
        }
        out[row] = code;
      }
      return next;
    }
    Map<Long, Integer> seen = new HashMap<>();
    for (int row = 0; row < a.length; row++) {
      long pair = (long) a[row] * bDistinct + b[row];
      Integer code = seen.get(pair);
      if (code == null) {
        code = next++;
        seen.put(pair, code);
      }
      out[row] = code;
    }
    return next;
  }
}
