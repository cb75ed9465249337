package org.plancheck;

/** The kinds of data a fact set may hold; a goal needs some of them to be decided. */
public enum FactKind {
  /** Enterprise registers, from {@code enterprises.csv}. */
  ENTERPRISES(Enterprise.class),
  /** Industry clusters, from {@code clusters.csv}. */
  CLUSTERS(Cluster.class),
  /** Industrial parks, from {@code parks.csv}. */
  PARKS(Park.class),
  /** Demonstration scenarios, from {@code scenarios.csv}. */
  SCENARIOS(Scenario.class),
  /** Iconic products and services, from {@code products.csv}. */
  PRODUCTS(Product.class),
  /** Industry-wide statistics, from {@code indicators.csv}. */
  INDICATORS(Indicator.class),
  /** Factories, from {@code factories.csv}. */
  FACTORIES(Factory.class);

  private final Class<? extends Fact> type;

  FactKind(Class<? extends Fact> type) {
    this.type = type;
  }

  /** Returns the kind's name in fact files: {@code enterprises}, {@code clusters}, ... */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns the CSV file that holds this kind in a fact-set folder. */
  public String fileName() {
    return key() + ".csv";
  }

  /** Returns the record type of this kind's facts. */
  public Class<? extends Fact> type() {
    return type;
  }

  /** Returns the kind whose facts have {@code type}, if any. */
  static java.util.Optional<FactKind> ofType(Class<?> type) {
    for (FactKind kind : values()) {
      if (kind.type.equals(type)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
