package org.plancheck.bench;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.FactSet;
import org.plancheck.facts.FactTable;

/**
 * The floor: the measures of the Shanghai goals computed by one hand-written pass over the
 * register, with no rule engine, no evidence and no report. What any engine is compared with.
 * {@link #evaluate} reads the stored columns as directly as code can ({@link FactTable}, whole
 * revenues as longs); {@link #throughFacts} reads each fact through the public {@link Fact}
 * API, as an embedder's own loop would, and pays for making each fact object.
 */
final class HandWrittenGoals {
  private static final String HUNDREDS = "hundreds-of-billions";
  private static final String TENS = "tens-of-billions";
  private static final String BILLIONS = "billions";

  private HandWrittenGoals() {}

  /** Returns the measures, in a fixed order, so the work cannot be optimised away. */
  static BigDecimal[] evaluate(FactSet facts) {
    FactTable e = (FactTable) facts.facts("enterprises");
    FactKind kind = e.kind();
    int industry = kind.index("industry");
    int designationsField = kind.index("designations");
    int international = kind.index("international");
    int bandField = kind.index("band");
    int segmentField = kind.index("segment");
    FactTable.Wholes revenue = e.wholes(kind.amountIndex());
    long all = 0;
    long glc = 0;
    long mv = 0;
    long it = 0;
    long icv = 0;
    long robots = 0;
    long consumer = 0;
    long[] counts = new long[9];
    Set<String> segments = new HashSet<>();
    for (int row = 0; row < e.size(); row++) {
      // The generated revenues are whole yuan: every one is a long.
      long r = revenue.whole(row);
      all += r;
      @SuppressWarnings("unchecked")
      Set<String> designations = (Set<String>) e.value(row, designationsField);
      switch ((String) e.value(row, industry)) {
        case "green-low-carbon" -> {
          glc += r;
          counts[0] += designations.contains("leader") ? 1 : 0;
          counts[1] += designations.contains("core") ? 1 : 0;
          counts[2] += designations.contains("featured") ? 1 : 0;
        }
        case "metaverse" -> {
          mv += r;
          boolean leads = designations.contains("leader") || designations.contains("chain-leader");
          counts[3] += (Boolean) e.value(row, international) && leads ? 1 : 0;
          counts[4] += designations.contains("specialist") ? 1 : 0;
        }
        default -> {
          it += r;
          String band = (String) e.value(row, bandField);
          counts[5] += band.equals(HUNDREDS) ? 1 : 0;
          counts[6] += band.equals(TENS) ? 1 : 0;
          counts[7] += band.equals(BILLIONS) ? 1 : 0;
          String segment = (String) e.value(row, segmentField);
          if (!segment.isEmpty()) {
            segments.add(segment);
          }
          switch (segment) {
            case "intelligent-connected-vehicles" -> icv += r;
            case "intelligent-robots" -> robots += r;
            default -> consumer += r;
          }
        }
      }
    }
    return small(facts, new BigDecimal[] {BigDecimal.valueOf(all), BigDecimal.valueOf(glc), BigDecimal.valueOf(mv),
        BigDecimal.valueOf(it), BigDecimal.valueOf(icv), BigDecimal.valueOf(robots), BigDecimal.valueOf(consumer)},
        counts, segments);
  }

  /** The same measures, each fact read through the public {@link Fact} API. */
  static BigDecimal[] throughFacts(FactSet facts) {
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal glc = BigDecimal.ZERO;
    BigDecimal mv = BigDecimal.ZERO;
    BigDecimal it = BigDecimal.ZERO;
    BigDecimal icv = BigDecimal.ZERO;
    BigDecimal robots = BigDecimal.ZERO;
    BigDecimal consumer = BigDecimal.ZERO;
    long[] counts = new long[9];
    Set<String> segments = new HashSet<>();
    for (Fact e : facts.facts("enterprises")) {
      BigDecimal r = e.amount();
      all = all.add(r);
      @SuppressWarnings("unchecked")
      Set<String> designations = (Set<String>) e.get("designations");
      switch ((String) e.get("industry")) {
        case "green-low-carbon" -> {
          glc = glc.add(r);
          counts[0] += designations.contains("leader") ? 1 : 0;
          counts[1] += designations.contains("core") ? 1 : 0;
          counts[2] += designations.contains("featured") ? 1 : 0;
        }
        case "metaverse" -> {
          mv = mv.add(r);
          boolean leads = designations.contains("leader") || designations.contains("chain-leader");
          counts[3] += (Boolean) e.get("international") && leads ? 1 : 0;
          counts[4] += designations.contains("specialist") ? 1 : 0;
        }
        default -> {
          it = it.add(r);
          String band = (String) e.get("band");
          counts[5] += band.equals(HUNDREDS) ? 1 : 0;
          counts[6] += band.equals(TENS) ? 1 : 0;
          counts[7] += band.equals(BILLIONS) ? 1 : 0;
          String segment = (String) e.get("segment");
          if (!segment.isEmpty()) {
            segments.add(segment);
          }
          switch (segment) {
            case "intelligent-connected-vehicles" -> icv = icv.add(r);
            case "intelligent-robots" -> robots = robots.add(r);
            default -> consumer = consumer.add(r);
          }
        }
      }
    }
    return small(facts, new BigDecimal[] {all, glc, mv, it, icv, robots, consumer}, counts, segments);
  }

  /** Adds the measures of the small kinds, and returns every measure. */
  private static BigDecimal[] small(FactSet facts, BigDecimal[] sums, long[] counts, Set<String> segments) {
    Set<Object> fields = new HashSet<>();
    for (Fact p : facts.facts("parks")) {
      fields.add(p.get("field"));
    }
    for (Fact c : facts.facts("clusters")) {
      counts[8] += TENS.equals(c.get("band")) ? 1 : 0;
    }
    BigDecimal[] measures = Arrays.copyOf(sums, sums.length + 2);
    measures[sums.length] = BigDecimal.valueOf(Arrays.stream(counts).sum());
    measures[sums.length + 1] = BigDecimal.valueOf(segments.size() + fields.size());
    return measures;
  }
}
