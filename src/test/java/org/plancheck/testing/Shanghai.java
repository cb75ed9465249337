package org.plancheck.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.plancheck.Evaluator;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;
import org.plancheck.Fact;

/**
 * The kinds rules/shanghai-facts.drl declares, as typed test records, so that tests and
 * fixture generators build Shanghai fact sets readably and compute expectations from them
 * independently of the engine. {@link Register#factSet()} turns them into the fact set the
 * shipped rules read, through the public builder.
 */
public final class Shanghai {
  /** The shipped rules, compiled once for every test that needs them. */
  public static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  /** The kinds the shipped rules declare. */
  public static final FactSchema SCHEMA = RULES.schema();

  /** Every kind, in the order fixture files list them. */
  public static final List<String> KINDS =
      List.of("enterprises", "clusters", "parks", "scenarios", "products", "indicators", "factories");

  private Shanghai() {}

  /** A test record of one Shanghai kind. */
  public sealed interface Fact permits Enterprise, Cluster, Park, Scenario, Product, Indicator, Factory {
    /** Returns the kind's name, as in {@code @facts}. */
    String factKind();

    /** Returns the fact's id. */
    String id();

    /** Returns the values by field name, as the builder takes them. */
    Map<String, Object> values();
  }

  /** An enterprise of the register. */
  public record Enterprise(String id, String name, String industry, String segment, BigDecimal revenue,
      Set<String> designations, boolean international) implements Fact {
    /** Copies the designations. */
    public Enterprise {
      designations = Set.copyOf(designations);
      segment = Objects.requireNonNullElse(segment, "");
      name = Objects.requireNonNullElse(name, "");
    }

    @Override
    public String factKind() {
      return "enterprises";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "segment", segment, "revenue", revenue,
          "designations", new TreeSet<>(designations), "international", international);
    }
  }

  /** An industrial cluster. */
  public record Cluster(String id, String name, String industry, BigDecimal scale) implements Fact {
    @Override
    public String factKind() {
      return "clusters";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "scale", scale);
    }
  }

  /** An industrial park. */
  public record Park(String id, String name, String industry, String field) implements Fact {
    @Override
    public String factKind() {
      return "parks";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "field", field);
    }
  }

  /** A demonstration scenario. */
  public record Scenario(String id, String name, String industry, String kind) implements Fact {
    /** A scenario of no special kind. */
    public Scenario(String id, String name, String industry) {
      this(id, name, industry, "");
    }

    @Override
    public String factKind() {
      return "scenarios";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "kind", kind);
    }
  }

  /** An iconic product. */
  public record Product(String id, String name, String industry, String kind) implements Fact {
    /** A product of no special kind. */
    public Product(String id, String name, String industry) {
      this(id, name, industry, "");
    }

    @Override
    public String factKind() {
      return "products";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "kind", kind);
    }
  }

  /** An industry-wide statistic. */
  public record Indicator(String id, String name, String industry, String indicator, BigDecimal value)
      implements Fact {
    @Override
    public String factKind() {
      return "indicators";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "indicator", indicator, "value", value);
    }
  }

  /** A factory. */
  public record Factory(String id, String name, String industry, String enterprise, boolean smart, LocalDate opened)
      implements Fact {
    @Override
    public String factKind() {
      return "factories";
    }

    @Override
    public Map<String, Object> values() {
      return map("id", id, "name", name, "industry", industry, "enterprise", enterprise, "smart", smart,
          "opened", opened);
    }
  }

  /** Returns a register described by {@code info}. */
  public static Register register(FactSetInfo info) {
    return new Register(info);
  }

  /** Returns a register named {@code name}. */
  public static Register register(String name) {
    return new Register(new FactSetInfo(name, null, null));
  }

  /** Test records of one fact set, kept by kind, and the kinds marked present. */
  public static final class Register {
    private final FactSetInfo info;
    private final Map<String, List<Fact>> byKind = new LinkedHashMap<>();

    private Register(FactSetInfo info) {
      this.info = info;
    }

    /** Marks {@code kind} present even with no facts. */
    public Register with(String kind) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>());
      return this;
    }

    /** Marks every kind present. */
    public Register withAll() {
      KINDS.forEach(this::with);
      return this;
    }

    /** Adds a fact and marks its kind present. */
    public Register add(Fact fact) {
      with(fact.factKind()).byKind.get(fact.factKind()).add(fact);
      return this;
    }

    /** Adds every fact. */
    public Register addAll(Iterable<? extends Fact> facts) {
      facts.forEach(this::add);
      return this;
    }

    /** Returns the register's description. */
    public FactSetInfo info() {
      return info;
    }

    /** Returns whether {@code kind} is present. */
    public boolean has(String kind) {
      return byKind.containsKey(kind);
    }

    /** Returns the facts of {@code kind} as records of {@code type}. */
    public <T extends Fact> List<T> of(String kind, Class<T> type) {
      return byKind.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
    }

    /** Returns the enterprises. */
    public List<Enterprise> enterprises() {
      return of("enterprises", Enterprise.class);
    }

    /** Returns the clusters. */
    public List<Cluster> clusters() {
      return of("clusters", Cluster.class);
    }

    /** Returns the parks. */
    public List<Park> parks() {
      return of("parks", Park.class);
    }

    /** Returns the scenarios. */
    public List<Scenario> scenarios() {
      return of("scenarios", Scenario.class);
    }

    /** Returns the products. */
    public List<Product> products() {
      return of("products", Product.class);
    }

    /** Returns the indicators. */
    public List<Indicator> indicators() {
      return of("indicators", Indicator.class);
    }

    /** Returns the factories. */
    public List<Factory> factories() {
      return of("factories", Factory.class);
    }

    /** Returns the fact set the shipped rules read, built through the public builder. */
    public FactSet factSet() {
      FactSet.Builder builder = FactSet.builder(SCHEMA, info);
      byKind.forEach((kind, facts) -> {
        builder.with(kind);
        facts.forEach(f -> builder.add(kind, f.values()));
      });
      return builder.build();
    }
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
