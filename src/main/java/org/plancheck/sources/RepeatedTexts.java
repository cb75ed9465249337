package org.plancheck.sources;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts of ASCII values that repeat down a column (an industry, a segment, a flag), each
 * made once and given again as the same instance: a register's word columns then cost no new
 * text per row, and the lookups that follow (the declared word, the shared set of words) find
 * the instance by its cached hash and by identity. A column whose values mostly differ (ids,
 * names, amounts) is found out within its first rows and not looked up again.
 */
final class RepeatedTexts {
  private static final int SLOTS = 64;
  private static final int LONGEST = 64;
  // After this many values of a column, it keeps the cache only if half of them were found in it.
  private static final int TRIAL = 1024;

  private Column[] columns = new Column[0];

  /** One column's texts, by the hash of their bytes, one text a slot. */
  private static final class Column {
    final byte[][] keys = new byte[SLOTS][];
    final String[] texts = new String[SLOTS];
    int lookups;
    int hits;
    boolean off;
  }

  /**
   * Returns the text of the ASCII bytes {@code from} to {@code to} of {@code b}, value of column
   * {@code column}, whose hash over the bytes ({@code 31 * h + byte}) is {@code hash}.
   */
  String text(int column, byte[] b, int from, int to, int hash) {
    int length = to - from;
    if (column >= columns.length) {
      int old = columns.length;
      columns = Arrays.copyOf(columns, column + 1);
      for (int c = old; c <= column; c++) {
        columns[c] = new Column();
      }
    }
    Column cache = columns[column];
    if (cache.off || length > LONGEST) {
      return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
    int slot = (hash ^ (hash >>> 7) ^ (hash >>> 16)) & (SLOTS - 1);
    byte[] key = cache.keys[slot];
    cache.lookups++;
    if (key != null && Arrays.equals(key, 0, key.length, b, from, to)) {
      cache.hits++;
      return cache.texts[slot];
    }
    if (cache.lookups == TRIAL && cache.hits < TRIAL / 2) {
      cache.off = true;
    }
    String text = new String(b, from, length, StandardCharsets.ISO_8859_1);
    cache.keys[slot] = Arrays.copyOfRange(b, from, to);
    cache.texts[slot] = text;
    return text;
  }
}
