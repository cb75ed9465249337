package org.plancheck.sources;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Makes the text of a CSV value from its bytes, for {@link CsvBytes}: strict UTF-8, ASCII
 * copied byte for byte, and a value that repeats down its column (an industry, a segment, a
 * flag) made once and given again as the same instance. A register's word columns then cost no
 * new text per row, and the lookups that follow (the declared word, the shared set of words)
 * find the instance by its cached hash and by identity. A column whose values mostly differ
 * (ids, names, amounts) is found out within its first rows and not looked up again.
 *
 * <p>Returns null for what Jackson must read instead: bytes that are not UTF-8, and a value
 * longer than the field limit (in bytes, which are never fewer than its characters).
 */
final class ValueTexts {
  private static final int SLOTS = 64;
  private static final int LONGEST = 64;
  // After this many values of a column, it keeps the cache only if half of them were found in it.
  private static final int TRIAL = 1024;

  private final int maxField;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private Column[] columns = new Column[0];

  /** One column's texts, one a slot, each slot found from a few of their bytes ({@link #slot}). */
  private static final class Column {
    final byte[][] keys = new byte[SLOTS][];
    final String[] texts = new String[SLOTS];
    int lookups;
    int hits;
    boolean off;
  }

  /** Makes texts of values up to {@code maxField} bytes long. */
  ValueTexts(int maxField) {
    this.maxField = maxField;
  }

  /** Returns whether bytes {@code from} to {@code to} of {@code b} are all ASCII. */
  static boolean ascii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text of bytes {@code from} to {@code to} of {@code b}, a value of column {@code
   * column}; {@code ascii} says whether they are all ASCII (any value may say false). Null when
   * Jackson must read it.
   */
  String text(int column, byte[] b, int from, int to, boolean ascii) {
    int length = to - from;
    if (length == 0) {
      return "";
    }
    if (length > maxField) {
      return null;
    }
    if (!ascii && !ascii(b, from, to)) {
      return decoded(b, from, length);
    }
    // Plain ASCII, nearly every value of a register: each byte is its character.
    return repeated(column, b, from, to);
  }

  /**
   * Returns the text of a quoted value with doubled quotes in it, each read as one quote; null
   * when Jackson must read it.
   */
  String unquoted(byte[] b, int from, int to) {
    byte[] value = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      value[n++] = b[i];
      if (b[i] == '"') {
        i++;
      }
    }
    return n > maxField ? null : decoded(value, 0, n);
  }

  private String decoded(byte[] bytes, int from, int length) {
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private String repeated(int column, byte[] b, int from, int to) {
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
    int slot = slot(b, from, to);
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

  /**
   * Returns the slot of a value from its length and its first, middle and last bytes, where the
   * words of a column mostly differ: no pass over all its bytes. Two values that share a slot
   * only cost a new text each time they alternate, and the equality check keeps every text right.
   */
  private static int slot(byte[] b, int from, int to) {
    int length = to - from;
    int h = (length * 31 + b[from]) * 31 + b[from + (length >> 1)];
    h = h * 31 + b[to - 1];
    return (h ^ (h >>> 7)) & (SLOTS - 1);
  }
}
