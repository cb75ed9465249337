package org.plancheck;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fact of a declared kind: a row of a CSV file or an object of a JSON fact set, its values
 * checked against the kind's declaration. Immutable; reports cite it by its {@code @key} value.
 */
public final class Fact {
  private final FactKind kind;
  private final Object[] values;
  private final int line;

  /**
   * Creates a fact from values already checked against {@code kind}'s declaration, in its field
   * order: what the readers and {@link FactSet.Builder} make. The values are copied.
   *
   * @param kind the fact's kind
   * @param values one value per field of the kind, in declaration order
   * @param line the line the fact was read from, or 0
   * @throws IllegalArgumentException when there is not one value per field
   */
  public Fact(FactKind kind, Object[] values, int line) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (values.length != kind.fields().size()) {
      throw new IllegalArgumentException(kind.type() + " has " + kind.fields().size() + " fields, got "
          + values.length + " values");
    }
    this.values = values.clone();
    this.line = line;
  }

  /** Returns the fact's kind. */
  public FactKind kind() {
    return kind;
  }

  /** Returns the value of the kind's {@code @key} field: unique among facts of its kind. */
  public String id() {
    return (String) values[kind.keyIndex()];
  }

  /**
   * Returns the value of {@code field}: a String, BigDecimal, Integer, Long, Boolean, LocalDate
   * or Set of words; null for an absent number or date.
   *
   * @throws IllegalArgumentException when the kind declares no such field
   */
  public Object get(String field) {
    int i = kind.index(field);
    if (i < 0) {
      throw new IllegalArgumentException(kind.type() + " has no field '" + field + "'");
    }
    return values[i];
  }

  /** Returns the value of the kind's first {@code @amount} field, or null when it has none. */
  public BigDecimal amount() {
    return kind.amountIndex() < 0 ? null : (BigDecimal) values[kind.amountIndex()];
  }

  /** Returns every field's value by name, in declaration order. */
  public Map<String, Object> values() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(kind.fields().get(i).name(), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Returns the value at position {@code index} of the kind's {@link FactKind#fields()}. */
  public Object value(int index) {
    return values[index];
  }

  /** Returns the line the fact was read from, or 0 when it was built in code. */
  public int line() {
    return line;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact f && f.kind.equals(kind) && Arrays.equals(f.values, values);
  }

  @Override
  public int hashCode() {
    return kind.name().hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return kind.type() + values();
  }
}
