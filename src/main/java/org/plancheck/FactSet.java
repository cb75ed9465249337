package org.plancheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.StreamedFacts;
import org.plancheck.sources.Row;
import org.plancheck.sources.FactParsers;
import org.plancheck.sources.UniqueFacts;
import org.plancheck.sources.References;

/**
 * One set of facts to evaluate: the facts of each declared kind the set holds, and its name,
 * date and region.
 *
 * <p>A kind is either present (possibly with no facts: zero clusters) or absent (the fact set
 * does not say: goals that need it are UNKNOWN). Immutable; build one with {@link #builder} or
 * read one with {@link FactSets#read}.
 */
public final class FactSet {
  private final FactSetInfo info;
  private final FactSchema schema;
  private final Map<String, List<Fact>> byKind;

  private FactSet(FactSetInfo info, FactSchema schema, Map<String, List<Fact>> byKind) {
    this.info = info;
    this.schema = schema;
    this.byKind = byKind;
  }

  /** Returns the fact set's name, date and region. */
  public FactSetInfo info() {
    return info;
  }

  /** Returns the declarations the facts were checked against. */
  public FactSchema schema() {
    return schema;
  }

  /** Returns whether the fact set holds data of the kind named {@code kind}, even if none. */
  public boolean has(String kind) {
    return byKind.containsKey(kind);
  }

  /** Returns the names of the kinds the fact set holds, in name order. */
  public Set<String> kinds() {
    return byKind.keySet();
  }

  /** Returns the facts of the kind named {@code kind}, empty when absent. */
  public List<Fact> facts(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** Returns how many facts the set holds, every kind together. */
  public int size() {
    return byKind.values().stream().mapToInt(List::size).sum();
  }

  /** Returns every fact of every kind, kinds in name order. */
  public Stream<Fact> facts() {
    return byKind.values().stream().flatMap(List::stream);
  }

  /** Returns a builder for a fact set of {@code schema}'s kinds, named {@code name}. */
  public static Builder builder(FactSchema schema, String name) {
    return new Builder(schema, new FactSetInfo(name, null, null));
  }

  /** Returns a builder for a fact set of {@code schema}'s kinds, described by {@code info}. */
  public static Builder builder(FactSchema schema, FactSetInfo info) {
    return new Builder(schema, info);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactSet f && f.info.equals(info) && f.byKind.equals(byKind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(info, byKind);
  }

  /**
   * Collects facts for a {@link FactSet}, checking each against its kind's declaration exactly
   * as the file readers do. Not thread-safe, use one per thread.
   */
  public static final class Builder {
    private final FactSchema schema;
    private final FactSetInfo info;
    private final Map<String, List<Fact>> byKind = new TreeMap<>();
    private final Map<String, Map<Object, Integer>> seen = new HashMap<>();
    private final FactParsers parsers = new FactParsers();
    private final Map<String, References.Origin> origins = new HashMap<>();

    private Builder(FactSchema schema, FactSetInfo info) {
      this.schema = Objects.requireNonNull(schema, "schema");
      this.info = Objects.requireNonNull(info, "info");
    }

    /**
     * Marks the kind named {@code kind} present, so that zero facts of it read as zero, not as
     * unknown.
     *
     * @throws FactFormatException when the schema declares no such kind
     */
    public Builder with(String kind) {
      kind(kind);
      return this;
    }

    /**
     * Adds a fact of the kind named {@code kind} and marks the kind present. Values are given by
     * field name, as text (parsed as a CSV cell is: {@code "5000亿"} for an amount) or typed
     * (BigDecimal, Integer, Long, Boolean, LocalDate, a Collection of words).
     *
     * @throws FactFormatException naming the fact set, kind, position and field of a bad value
     */
    public Builder add(String kind, Map<String, ?> values) {
      FactKind k = kind(kind);
      List<Fact> facts = byKind.get(kind);
      String path = kind + "[" + facts.size() + "]";
      Map<String, Row.Cell> cells = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : values.entrySet()) {
        if (k.field(e.getKey()).filter(f -> !f.derived()).isEmpty()) {
          throw new FactFormatException(info.name(), 0, 0, path + "." + e.getKey(), "unknown field '" + e.getKey()
              + "' in " + kind + "; allowed: " + String.join(", ", k.columnNames()), null);
        }
        cells.put(e.getKey(), cell(e.getValue()));
      }
      Row row = new Row(info.name(), path, 0, 0, cells);
      Fact fact = parsers.parse(k, row);
      UniqueFacts.checkUnique(row, fact, seen.computeIfAbsent(kind, x -> new HashMap<>()));
      facts.add(fact);
      return this;
    }

    /**
     * Adds every fact of {@code kind} a reader has read and checked, and marks the kind present;
     * {@code origin} says where they came from, for messages about references.
     *
     * @return this builder
     */
    public Builder addRead(FactKind kind, List<Fact> facts, References.Origin origin) {
      byKind.put(kind.name(), facts);
      origins.put(kind.name(), origin);
      return this;
    }

    /**
     * Returns the fact set.
     *
     * @throws FactFormatException when a {@code @references} field names a fact that the
     *     referenced kind, present in the set, does not hold
     */
    public FactSet build() {
      // Stored by column: a million facts in a few arrays rather than a million objects.
      Map<String, List<Fact>> copy = new LinkedHashMap<>();
      // Streamed facts stay streamed: listing them is what would read them again.
      byKind.forEach((k, v) -> copy.put(k, v instanceof StreamedFacts ? v : FactTable.of(schema.kind(k).orElseThrow(), v)));
      References.check(schema, copy, origins, info.name());
      return new FactSet(info, schema, copy);
    }

    private FactKind kind(String name) {
      FactKind kind = schema.kind(name).orElseThrow(() -> new FactFormatException(info.name(), 0, 0, null,
          "no fact kind '" + name + "' is declared; the rules declare " + schema.names(), null));
      byKind.computeIfAbsent(name, x -> new ArrayList<>());
      return kind;
    }

    private static Row.Cell cell(Object value) {
      if (value instanceof Collection<?> items) {
        return new Row.Cell(null, items.stream().map(String::valueOf).toList(), 0, 0);
      }
      String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value == null ? null : value.toString();
      return new Row.Cell(text, null, 0, 0);
    }
  }
}
