package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes synthetic fact sets of any size for any declared kinds, for benchmarks and trying
 * rules out: every kind that a group type groups (a register) gets the number of rows asked for,
 * other kinds a thousandth of it (at least 10). Values follow the declarations: allowed words,
 * referenced keys, ranges; amounts are long-tailed (lognormal, a median of some 30 million
 * yuan, a few firms in the hundreds of billions). The same schema, size and seed always give
 * the same facts ({@link Random}'s sequence is fixed by its specification). Thread-safe.
 */
public final class SyntheticFactSets {
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  private SyntheticFactSets() {}

  /**
   * Returns a fact set of {@code schema}'s kinds with {@code rows} rows (at least 1) in each
   * grouped kind, made from {@code seed}.
   */
  public static FactSet generate(FactSchema schema, int rows, long seed) {
    if (rows < 1) {
      throw new IllegalArgumentException("a synthetic fact set needs at least 1 row, got " + rows);
    }
    Random random = new Random(seed);
    FactSet.Builder facts = FactSet.builder(schema, new FactSetInfo(
        "synthetic-" + rows + "-" + seed, LocalDate.of(2025, 12, 31), "Synthetic"));
    Map<String, List<String>> keys = new HashMap<>();
    for (FactKind kind : referencedFirst(schema)) {
      boolean register = !schema.groupsOf(kind).isEmpty();
      int n = register ? rows : Math.min(rows, Math.max(10, rows / 1000));
      List<String> ids = new ArrayList<>(n);
      Set<List<Object>> unique = new HashSet<>();
      facts.with(kind.name());
      for (int i = 0; i < n; i++) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FactField field : kind.columns()) {
          values.put(field.name(), value(kind, field, i, n, random, keys, values));
        }
        // A kind with @unique fields gets each combination once, however many rows are asked.
        if (!kind.unique().isEmpty() && !unique.add(kind.unique().stream().map(values::get).toList())) {
          continue;
        }
        ids.add((String) values.get(kind.key().name()));
        facts.add(kind.name(), values);
      }
      keys.put(kind.type(), ids);
    }
    return facts.build();
  }

  /** Kinds in an order where every referenced kind comes before the kinds that refer to it. */
  private static List<FactKind> referencedFirst(FactSchema schema) {
    List<FactKind> ordered = new ArrayList<>();
    List<FactKind> left = new ArrayList<>(schema.kinds());
    while (!left.isEmpty()) {
      // A kind is ready when no kind it refers to is still left; a cycle is broken anywhere.
      FactKind next = left.stream()
          .filter(k -> k.fields().stream().map(FactField::references).allMatch(r -> r == null
              || r.equals(k.type()) || left.stream().noneMatch(o -> o.type().equals(r))))
          .findFirst().orElse(left.get(0));
      ordered.add(next);
      left.remove(next);
    }
    return ordered;
  }

  private static Object value(FactKind kind, FactField field, int i, int n, Random random,
      Map<String, List<String>> keys, Map<String, Object> row) {
    if (field.key()) {
      return kind.type().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + String.format("%07d", i + 1);
    }
    if (field.references() != null) {
      List<String> ids = keys.getOrDefault(field.references(), List.of());
      return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }
    List<String> words = field.words();
    return switch (field.type()) {
      case TEXT -> !words.isEmpty() ? words.get(random.nextInt(words.size()))
          : field.name().equals("name") ? kind.type() + " " + (i + 1)
          : kind.unique().contains(field.name()) ? field.name() + "-" + (i + 1)
          : field.required() ? field.name() + "-" + (1 + random.nextInt(20)) : "";
      case WORDS -> words.isEmpty() || random.nextInt(10) < 8 ? List.of() : List.of(words.get(random.nextInt(words.size())));
      case DECIMAL -> field.range() != null ? within(field.range(), random).setScale(1, java.math.RoundingMode.HALF_EVEN)
          : amount(i, n, random);
      case INT, LONG -> field.range() != null ? within(field.range(), random).longValue() : (long) random.nextInt(1000);
      case BOOLEAN -> random.nextInt(20) == 0;
      case DATE -> START.plusDays(random.nextInt(6 * 365));
    };
  }

  private static BigDecimal within(FactField.Range range, Random random) {
    BigDecimal span = range.high().subtract(range.low());
    return range.low().add(span.multiply(BigDecimal.valueOf(random.nextDouble())));
  }

  /** A few facts per band at the start of the kind, then a lognormal tail, in whole 万. */
  private static BigDecimal amount(int i, int total, Random random) {
    int huge = Math.max(3, total / 100_000);
    double yuan;
    if (i < huge) {
      yuan = 1e11 * (1 + 2 * random.nextDouble());
    } else if (i < huge * 10) {
      yuan = 1e10 * (1 + 8 * random.nextDouble());
    } else if (i < huge * 100) {
      yuan = 1e9 * (1 + 8 * random.nextDouble());
    } else {
      yuan = Math.min(3e7 * Math.exp(random.nextGaussian() * 1.2), 9e8);
    }
    return BigDecimal.valueOf(Math.round(yuan / 1e4)).multiply(WAN);
  }
}
