package org.plancheck.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A column of values kept as they are: ids, names and other text that rarely repeats. */
final class PlainColumn implements Column {
  private final Object[] values;

  PlainColumn(Object[] values) {
    this.values = values;
  }

  @Override
  public Object get(int row) {
    return values[row];
  }

  @Override
  public Codes codes() {
    return encode(values);
  }

  /** Numbers {@code values} by first appearance, null included. */
  static Codes encode(Object[] values) {
    Map<Object, Integer> index = new HashMap<>();
    int[] codes = new int[values.length];
    for (int row = 0; row < values.length; row++) {
      Integer code = index.get(values[row]);
      if (code == null) {
        code = index.size();
        index.put(values[row], code);
      }
      codes[row] = code;
    }
    Object[] distinct = new Object[index.size()];
    index.forEach((value, code) -> distinct[code] = value);
    return new Codes(codes, distinct);
  }

  /** Collects values in a growing array. */
  static final class Builder implements Column.Builder {
    private Object[] values = new Object[16];
    private int size;

    Builder() {}

    /** Continues a column whose first {@code size} values are {@code values}. */
    Builder(Object[] values, int size) {
      this.values = values;
      this.size = size;
    }

    @Override
    public void add(Object value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    @Override
    public Column build(int size) {
      return new PlainColumn(Arrays.copyOf(values, size));
    }
  }
}
