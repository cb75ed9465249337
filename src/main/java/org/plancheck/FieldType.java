package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The types a field of a declared fact kind may have, and the Java class each maps to. */
public enum FieldType {
  /** {@code String}: text, stripped; blank reads as empty text. */
  TEXT(String.class),
  /** {@code java.math.BigDecimal}: an exact decimal. */
  DECIMAL(BigDecimal.class),
  /** {@code int}. */
  INT(int.class),
  /** {@code long}. */
  LONG(long.class),
  /** {@code boolean}: {@code true} or {@code false}; blank reads as false. */
  BOOLEAN(boolean.class),
  /** {@code java.time.LocalDate}: a date written {@code 2025-12-31}. */
  DATE(LocalDate.class),
  /** {@code java.util.Set} of words: {@code ;}-separated in CSV, an array in JSON. */
  WORDS(Set.class);

  private final Class<?> javaType;

  FieldType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** Returns the Java type a DRL declaration gives a field of this type. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Returns whether values of this type are numbers. */
  public boolean isNumber() {
    return this == DECIMAL || this == INT || this == LONG;
  }

  /** Returns the field type of a declared field's Java type, if it is one plancheck reads. */
  public static Optional<FieldType> of(Class<?> type) {
    for (FieldType t : values()) {
      if (t.javaType.equals(type)) {
        return Optional.of(t);
      }
    }
    // Boxed forms read like their primitives.
    if (type == Integer.class) {
      return Optional.of(INT);
    }
    if (type == Long.class) {
      return Optional.of(LONG);
    }
    return type == Boolean.class ? Optional.of(BOOLEAN) : Optional.empty();
  }

  /** Returns the names a rule author writes for the supported types, for messages. */
  public static String supported() {
    return "String, java.math.BigDecimal, int, long, boolean, java.time.LocalDate, java.util.Set";
  }
}
