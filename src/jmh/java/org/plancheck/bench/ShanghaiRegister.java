package org.plancheck.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;

/**
 * The Shanghai synthetic register the benchmarks were first measured on, kept for the
 * benchmarks alone so that their figures stay comparable across the move to declared fact
 * kinds: the same facts, drawn from {@link Random} in the same order, as the generator that
 * shipped before (commit e2adc2e), now built through {@link FactSet#builder} against the
 * shipped rules' declarations. The core's {@code SyntheticFactSets} follows any declaration and
 * draws differently, so it cannot stand in for it.
 */
final class ShanghaiRegister {
  private static final String[] INDUSTRIES = {"green-low-carbon", "metaverse", "intelligent-terminal"};
  private static final String[][] SEGMENTS = {
    {"clean-energy", "low-carbon-raw-materials", "functional-materials", "efficient-processes",
      "terminal-electrification", "resource-recycling"},
    {"xr-devices", "digital-twins", "virtual-humans", "spatial-computing", "industrial-metaverse"},
    {"intelligent-connected-vehicles", "intelligent-robots", "virtual-reality", "smart-home", "smart-wearables"}};
  // The old park-field word list, sorted as the old generator sorted it.
  private static final List<String> PARK_FIELDS = List.of("energy-conservation-environmental-protection",
      "green-materials", "high-end-energy-equipment", "hydrogen-energy", "low-carbon-metallurgy");
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

  private ShanghaiRegister() {}

  /** Returns the register of {@code enterprises} enterprises (at least 1) made from {@code seed}. */
  static FactSet generate(FactSchema schema, int enterprises, long seed) {
    return generate(schema, enterprises, seed, false);
  }

  /**
   * Returns the same register, except that with {@code ownSegments} every enterprise outside the
   * intelligent-terminal plan (whose five segments are words) has a free-text segment of its
   * own: rows that share no group, the worst case for grouping.
   */
  static FactSet generate(FactSchema schema, int enterprises, long seed, boolean ownSegments) {
    if (enterprises < 1) {
      throw new IllegalArgumentException("a synthetic fact set needs at least 1 enterprise, got " + enterprises);
    }
    Random random = new Random(seed);
    FactSet.Builder facts = FactSet.builder(schema, new FactSetInfo(
        "synthetic-" + enterprises + "-" + seed, LocalDate.of(2025, 12, 31), "Synthetic"));
    for (int i = 0; i < enterprises; i++) {
      Map<String, Object> e = enterprise(i, enterprises, random);
      if (ownSegments && !e.get("industry").equals("intelligent-terminal")) {
        e.put("segment", "segment-of-" + e.get("id"));
      }
      facts.add("enterprises", e);
    }
    others(facts, random);
    return facts.build();
  }

  /** Draws in the order the old record constructor's arguments were evaluated. */
  private static Map<String, Object> enterprise(int i, int total, Random random) {
    int industry = i % 10 < 4 ? 0 : i % 10 < 6 ? 1 : 2;
    String[] segments = SEGMENTS[industry];
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", String.format("E%07d", i + 1));
    e.put("name", "Enterprise " + (i + 1));
    e.put("industry", INDUSTRIES[industry]);
    e.put("segment", segments[random.nextInt(segments.length)]);
    e.put("revenue", revenue(i, total, random));
    e.put("designations", designations(industry, random));
    e.put("international", random.nextInt(20) == 0);
    return e;
  }

  /** A few firms per band at the start of the register, then a lognormal tail. */
  private static BigDecimal revenue(int i, int total, Random random) {
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

  private static Set<String> designations(int industry, Random random) {
    int draw = random.nextInt(1000);
    if (draw < 5) {
      return Set.of("leader");
    }
    if (draw < 7) {
      return Set.of("chain-leader", "core");
    }
    if (draw < 60) {
      return Set.of("core");
    }
    if (industry == 1 && draw < 160) {
      return Set.of("specialist");
    }
    return industry == 0 && draw < 500 ? Set.of("featured") : Set.of();
  }

  private static void others(FactSet.Builder facts, Random random) {
    double[] scales = {1.5e11, 1.2e11, 4e10, 3e10, 2e10, 1.5e10, 1.1e10, 5e9, 2e9, 8e8};
    for (int i = 0; i < scales.length; i++) {
      facts.add("clusters", Map.of("id", "C" + (i + 1), "name", "", "industry", "green-low-carbon",
          "scale", BigDecimal.valueOf((long) scales[i])));
    }
    for (int i = 0; i < 10; i++) {
      facts.add("parks", Map.of("id", "P" + (i + 1), "name", "", "industry", "green-low-carbon",
          "field", PARK_FIELDS.get(i % PARK_FIELDS.size())));
    }
    for (int i = 0; i < 60; i++) {
      facts.add("scenarios", Map.of("id", "S" + (i + 1), "name", "", "industry",
          i < 55 ? "metaverse" : "intelligent-terminal", "kind", i < 55 ? "" : "icv-benchmark"));
    }
    for (int i = 0; i < 240; i++) {
      String kind = i < 120 ? "" : i < 132 ? "hit-icv-model" : "terminal-product";
      facts.add("products", Map.of("id", "M" + (i + 1), "name", "", "industry",
          i < 120 ? "metaverse" : "intelligent-terminal", "kind", kind));
    }
    indicator(facts, "I1", "metaverse", "software-information-services-scale", "1.6e12");
    indicator(facts, "I2", "metaverse", "electronic-information-manufacturing-scale", "5.2e11");
    indicator(facts, "I3", "intelligent-terminal", "vehicle-maker-smart-factory-share", "96");
    indicator(facts, "I4", "intelligent-terminal", "new-car-advanced-connected-share", "55");
    for (int i = 0; i < 240; i++) {
      boolean smart = random.nextInt(10) < 9;
      LocalDate opened = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
      facts.add("factories", Map.of("id", "F" + (i + 1), "name", "", "industry", "intelligent-terminal",
          "enterprise", "", "smart", smart, "opened", opened));
    }
  }

  private static void indicator(FactSet.Builder facts, String id, String industry, String indicator, String value) {
    facts.add("indicators", Map.of("id", id, "name", "", "industry", industry, "indicator", indicator,
        "value", new BigDecimal(value)));
  }
}
