package org.plancheck.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of values that repeat (industries, designations, flags, dates): each row holds a
 * code into one list of distinct values. A million rows over five industries cost four bytes
 * each, and grouping reads the codes as they are.
 */
final class CodedColumn implements Column {
  /**
   * Past this many distinct values a column is mostly unique text, which a dictionary only
   * doubles: its builder turns it into a {@link PlainColumn}.
   */
  static final int MAX_DISTINCT = 1 << 16;

  private final int[] codes;
  private final Object[] values;

  private CodedColumn(int[] codes, Object[] values) {
    this.codes = codes;
    this.values = values;
  }

  @Override
  public Object get(int row) {
    return values[codes[row]];
  }

  @Override
  public Codes codes() {
    return new Codes(codes, values);
  }

  /** Collects codes while the values repeat enough, and plain values once they do not. */
  static final class Builder implements Column.Builder {
    private final Map<Object, Integer> index = new HashMap<>();
    private final List<Object> values = new ArrayList<>();
    private int[] codes = new int[16];
    private int size;
    private PlainColumn.Builder plain;

    @Override
    public void add(Object value) {
      if (plain != null) {
        plain.add(value);
        return;
      }
      Integer code = index.get(value);
      if (code == null) {
        if (values.size() == MAX_DISTINCT) {
          plain = new PlainColumn.Builder(decoded(), size);
          plain.add(value);
          return;
        }
        code = values.size();
        index.put(value, code);
        values.add(value);
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      codes[size++] = code;
    }

    private Object[] decoded() {
      Object[] plainValues = new Object[Math.max(16, size * 2)];
      for (int row = 0; row < size; row++) {
        plainValues[row] = values.get(codes[row]);
      }
      return plainValues;
    }

    @Override
    public Column build(int size) {
      if (plain != null) {
        return plain.build(size);
      }
      return new CodedColumn(Arrays.copyOf(codes, size), values.toArray());
    }
  }
}
