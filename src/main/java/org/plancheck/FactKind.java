package org.plancheck;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of fact a plan declares in DRL: a {@code declare} type with {@code @facts("NAME")},
 * read from {@code NAME.csv} in a fact-set folder or the key {@code NAME} of a JSON fact set.
 * Immutable; equal kinds have equal names, types, fields and declaring files.
 */
public final class FactKind {
  private final String name;
  private final String type;
  private final String packageName;
  private final List<FactField> fields;
  private final List<String> unique;
  private final Path file;
  private final int line;
  // Looked up for every fact read, ranked or reported: computed once.
  private final Map<String, Integer> indexes = new HashMap<>();
  private final int keyIndex;
  private final int amountIndex;
  private final int hash;

  /**
   * Creates a kind.
   *
   * @param name the kind's name in fact files, such as {@code enterprises}
   * @param type the declared type's simple name, such as {@code Enterprise}
   * @param packageName the DRL package that declares it
   * @param fields its fields in declaration order, computed ones included; exactly one {@code @key}
   * @param unique fields whose combined values no two facts may share ({@code @unique}), or empty
   * @param file the rule file that declares it
   * @param line the line of its {@code declare}
   */
  public FactKind(String name, String type, String packageName, List<FactField> fields, List<String> unique,
      Path file, int line) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.packageName = Objects.requireNonNull(packageName, "packageName");
    this.fields = List.copyOf(fields);
    this.unique = List.copyOf(unique);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    int key = -1;
    int amount = -1;
    for (int i = 0; i < this.fields.size(); i++) {
      FactField f = this.fields.get(i);
      indexes.put(f.name(), i);
      if (f.key()) {
        if (key >= 0) {
          throw new IllegalArgumentException(type + " needs exactly one @key field");
        }
        key = i;
      }
      if (f.amount() && amount < 0) {
        amount = i;
      }
    }
    if (key < 0) {
      throw new IllegalArgumentException(type + " needs exactly one @key field");
    }
    this.keyIndex = key;
    this.amountIndex = amount;
    // Kinds key the maps the evaluator looks up per fact: hash once.
    this.hash = Objects.hash(name, type, packageName, this.fields);
  }

  /** Returns the kind's name in fact files, such as {@code enterprises}. */
  public String name() {
    return name;
  }

  /** Returns the declared type's simple name, such as {@code Enterprise}. */
  public String type() {
    return type;
  }

  /** Returns the DRL package that declares the type. */
  public String packageName() {
    return packageName;
  }

  /** Returns the fields in declaration order, computed ones included. */
  public List<FactField> fields() {
    return fields;
  }

  /** Returns the fields whose combined values no two facts may share; empty when none. */
  public List<String> unique() {
    return unique;
  }

  /** Returns the rule file that declares the kind. */
  public Path file() {
    return file;
  }

  /** Returns the line of the kind's {@code declare}. */
  public int line() {
    return line;
  }

  /** Returns the CSV file that holds this kind in a fact-set folder. */
  public String fileName() {
    return name + ".csv";
  }

  /** Returns the {@code @key} field, whose value identifies a fact in reports. */
  public FactField key() {
    return fields.get(keyIndex);
  }

  /** Returns the first {@code @amount} field, by which evidence is ranked, if any. */
  public Optional<FactField> amount() {
    return amountIndex < 0 ? Optional.empty() : Optional.of(fields.get(amountIndex));
  }

  /** Returns the field named {@code field}, if declared. */
  public Optional<FactField> field(String field) {
    Integer i = indexes.get(field);
    return i == null ? Optional.empty() : Optional.of(fields.get(i));
  }

  /** Returns the position of {@code field} among {@link #fields}, or -1. */
  public int index(String field) {
    return indexes.getOrDefault(field, -1);
  }

  /** Returns the fields read from files, in declaration order: every field not computed. */
  public List<FactField> columns() {
    return fields.stream().filter(f -> !f.derived()).toList();
  }

  /** Returns the names of the columns every row must fill: the key and the {@code @required} fields. */
  public List<String> requiredColumnNames() {
    return columns().stream().filter(FactField::required).map(FactField::name).toList();
  }

  /** Returns the names of {@link #columns}, for messages and written files. */
  public List<String> columnNames() {
    return columns().stream().map(FactField::name).toList();
  }

  /** Returns the fully qualified name of the declared type. */
  public String qualifiedType() {
    return packageName.isEmpty() ? type : packageName + "." + type;
  }

  /** Returns the position of the {@code @key} field among {@link #fields}. */
  public int keyIndex() {
    return keyIndex;
  }

  /** Returns the position of the first {@code @amount} field among {@link #fields}, or -1. */
  public int amountIndex() {
    return amountIndex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactKind k && k.name.equals(name) && k.qualifiedType().equals(qualifiedType())
        && k.fields.equals(fields) && k.unique.equals(unique) && k.file.equals(file);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return type + "(" + name + ")";
  }
}
