package org.plancheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One set of facts to evaluate: a register of enterprises and the cluster, park, scenario and
 * product lists of a region at a date.
 *
 * <p>A kind of data is either present (possibly with no facts: zero clusters) or absent (the
 * fact set does not say: goals that need it are UNKNOWN). Immutable; build one with {@link
 * #builder} or read one with {@link FactSets#read}.
 *
 * @param info the fact set's name, date and region
 * @param present the kinds of data the fact set holds
 * @param enterprises the enterprises, empty when absent
 * @param clusters the clusters, empty when absent
 * @param parks the parks, empty when absent
 * @param scenarios the scenarios, empty when absent
 * @param products the products, empty when absent
 * @param indicators the industry-wide statistics, empty when absent
 * @param factories the factories, empty when absent
 */
public record FactSet(
    FactSetInfo info,
    Set<FactKind> present,
    List<Enterprise> enterprises,
    List<Cluster> clusters,
    List<Park> parks,
    List<Scenario> scenarios,
    List<Product> products,
    List<Indicator> indicators,
    List<Factory> factories) {

  /** Copies every list; rejects facts of an absent kind and duplicate ids within a kind. */
  public FactSet {
    Objects.requireNonNull(info, "info");
    present = Set.copyOf(present);
    enterprises = checked(FactKind.ENTERPRISES, present, enterprises);
    clusters = checked(FactKind.CLUSTERS, present, clusters);
    parks = checked(FactKind.PARKS, present, parks);
    scenarios = checked(FactKind.SCENARIOS, present, scenarios);
    products = checked(FactKind.PRODUCTS, present, products);
    indicators = checked(FactKind.INDICATORS, present, indicators);
    factories = checked(FactKind.FACTORIES, present, factories);
  }

  /** Returns whether the fact set holds data of {@code kind}, even if none of it. */
  public boolean has(FactKind kind) {
    return present.contains(kind);
  }

  /** Returns every fact of every kind, enterprises first. */
  public Stream<Fact> facts() {
    return Stream.of(enterprises, clusters, parks, scenarios, products, indicators, factories)
        .flatMap(List::stream);
  }

  /** Returns a builder for a fact set named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(new FactSetInfo(name, null, null));
  }

  /** Returns a builder for a fact set described by {@code info}. */
  public static Builder builder(FactSetInfo info) {
    return new Builder(info);
  }

  private static <T extends Fact> List<T> checked(FactKind kind, Set<FactKind> present, List<T> facts) {
    List<T> copy = List.copyOf(facts);
    if (!copy.isEmpty() && !present.contains(kind)) {
      throw new IllegalArgumentException(kind.key() + " given but not marked present");
    }
    Set<String> ids = new HashSet<>();
    for (T fact : copy) {
      if (!ids.add(fact.id())) {
        throw new IllegalArgumentException("duplicate " + kind.key() + " id '" + fact.id() + "'");
      }
    }
    return copy;
  }

  /** Collects facts for a {@link FactSet}; not thread-safe, use one per thread. */
  public static final class Builder {
    private final FactSetInfo info;
    private final Set<FactKind> present = EnumSet.noneOf(FactKind.class);
    private final List<Enterprise> enterprises = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final List<Park> parks = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Factory> factories = new ArrayList<>();

    private Builder(FactSetInfo info) {
      this.info = Objects.requireNonNull(info, "info");
    }

    /** Marks {@code kind} present, so that zero facts of it read as zero, not as unknown. */
    public Builder with(FactKind kind) {
      present.add(kind);
      return this;
    }

    /** Adds a fact and marks its kind present. */
    public Builder add(Fact fact) {
      // Java 17 has no pattern switch: dispatch on the sealed types by hand.
      if (fact instanceof Enterprise e) {
        enterprises.add(e);
      } else if (fact instanceof Cluster c) {
        clusters.add(c);
      } else if (fact instanceof Park p) {
        parks.add(p);
      } else if (fact instanceof Scenario s) {
        scenarios.add(s);
      } else if (fact instanceof Product p) {
        products.add(p);
      } else if (fact instanceof Indicator i) {
        indicators.add(i);
      } else {
        factories.add((Factory) fact);
      }
      present.add(FactKind.ofType(fact.getClass()).orElseThrow());
      return this;
    }

    /** Adds every fact in {@code facts}. */
    public Builder addAll(Iterable<? extends Fact> facts) {
      facts.forEach(this::add);
      return this;
    }

    /**
     * Returns the fact set.
     *
     * @throws IllegalArgumentException when two facts of one kind share an id
     */
    public FactSet build() {
      return new FactSet(info, present, enterprises, clusters, parks, scenarios, products, indicators, factories);
    }
  }
}
