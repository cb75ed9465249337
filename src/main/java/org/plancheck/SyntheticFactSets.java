package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes synthetic fact sets of any size for benchmarks and demonstrations: a long-tailed
 * revenue distribution (lognormal, a median of some 30 million yuan) with a few huge firms in
 * every revenue band, the designations in realistic shares, and clusters, parks, scenarios,
 * products, indicators and factories to match. The same size and seed always give the same
 * facts ({@link Random}'s sequence is fixed by its specification). Safe to call from any thread.
 */
public final class SyntheticFactSets {
  private static final String[] INDUSTRIES = {"green-low-carbon", "metaverse", "intelligent-terminal"};
  private static final String[][] SEGMENTS = {
    {"clean-energy", "low-carbon-raw-materials", "functional-materials", "efficient-processes",
      "terminal-electrification", "resource-recycling"},
    {"xr-devices", "digital-twins", "virtual-humans", "spatial-computing", "industrial-metaverse"},
    {"intelligent-connected-vehicles", "intelligent-robots", "virtual-reality", "smart-home", "smart-wearables"}};
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

  private SyntheticFactSets() {}

  /**
   * Returns a fact set of {@code enterprises} enterprises (at least 1) made from {@code seed}.
   */
  public static FactSet generate(int enterprises, long seed) {
    if (enterprises < 1) {
      throw new IllegalArgumentException("a synthetic fact set needs at least 1 enterprise, got " + enterprises);
    }
    Random random = new Random(seed);
    FactSet.Builder facts = FactSet.builder(new FactSetInfo(
        "synthetic-" + enterprises + "-" + seed, LocalDate.of(2025, 12, 31), "Synthetic"));
    for (int i = 0; i < enterprises; i++) {
      facts.add(enterprise(i, enterprises, random));
    }
    others(facts, random);
    return facts.build();
  }

  private static Enterprise enterprise(int i, int total, Random random) {
    int industry = i % 10 < 4 ? 0 : i % 10 < 6 ? 1 : 2;
    String[] segments = SEGMENTS[industry];
    return new Enterprise(String.format("E%07d", i + 1), "Enterprise " + (i + 1), INDUSTRIES[industry],
        segments[random.nextInt(segments.length)], revenue(i, total, random), designations(industry, random),
        random.nextInt(20) == 0);
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
      facts.add(new Cluster("C" + (i + 1), "", "green-low-carbon", BigDecimal.valueOf((long) scales[i])));
    }
    List<String> fields = new ArrayList<>(Vocabulary.PARK_FIELDS.stream().sorted().toList());
    for (int i = 0; i < 10; i++) {
      facts.add(new Park("P" + (i + 1), "", "green-low-carbon", fields.get(i % fields.size())));
    }
    for (int i = 0; i < 60; i++) {
      facts.add(new Scenario("S" + (i + 1), "", i < 55 ? "metaverse" : "intelligent-terminal", i < 55 ? "" : "icv-benchmark"));
    }
    for (int i = 0; i < 240; i++) {
      String kind = i < 120 ? "" : i < 132 ? "hit-icv-model" : "terminal-product";
      facts.add(new Product("M" + (i + 1), "", i < 120 ? "metaverse" : "intelligent-terminal", kind));
    }
    facts.add(new Indicator("I1", "", "metaverse", "software-information-services-scale", Amounts.parse("1.6e12")));
    facts.add(new Indicator("I2", "", "metaverse", "electronic-information-manufacturing-scale", Amounts.parse("5.2e11")));
    facts.add(new Indicator("I3", "", "intelligent-terminal", "vehicle-maker-smart-factory-share", Amounts.parse("96")));
    facts.add(new Indicator("I4", "", "intelligent-terminal", "new-car-advanced-connected-share", Amounts.parse("55")));
    for (int i = 0; i < 240; i++) {
      facts.add(new Factory("F" + (i + 1), "", "intelligent-terminal", "", random.nextInt(10) < 9,
          LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28))));
    }
  }
}
