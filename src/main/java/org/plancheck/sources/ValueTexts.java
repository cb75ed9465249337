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
  /**
   * Stands for the hash of a value with bytes beyond ASCII; an ASCII value that happens to hash
   * to it is checked again.
   */
  static final int NOT_ASCII = Integer.MIN_VALUE;

  private static final int SLOTS = 64;
  private static final int LONGEST = 64;
  // After this many values of a column, it keeps the cache only if half of them were found in it.
  private static final int TRIAL = 1024;

  private final int maxField;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private Column[] columns = new Column[0];

  /** One column's texts, by the hash of their bytes, one text a slot. */
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

  /** Returns the {@code 31 * h + byte} hash of bytes {@code from} to {@code to}, or {@link #NOT_ASCII}. */
  static int hash(byte[] b, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return NOT_ASCII;
      }
      hash = 31 * hash + b[i];
    }
    return hash;
  }

  /**
   * Returns whether values of column {@code column} are still looked up among those before it,
   * and so need their {@link #hash}: false once the column has shown its values seldom repeat.
   */
  boolean repeats(int column) {
    return column >= columns.length || !columns[column].off;
  }

  /**
   * Returns the text of bytes {@code from} to {@code to} of {@code b}, a value of column {@code
   * column} whose {@link #hash} is {@code hash} (any value but {@link #NOT_ASCII} for an ASCII
   * value of a column that no longer {@link #repeats}); null when Jackson must read it.
   */
  String text(int column, byte[] b, int from, int to, int hash) {
    int length = to - from;
    if (length == 0) {
      return "";
    }
    if (length > maxField) {
      return null;
    }
    if (hash == NOT_ASCII && hash(b, from, to) == NOT_ASCII) {
      return decoded(b, from, length);
    }
    // Plain ASCII, nearly every value of a register: each byte is its character.
    return repeated(column, b, from, to, hash);
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

  private String repeated(int column, byte[] b, int from, int to, int hash) {
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
