package org.plancheck.bench;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.plancheck.Fact;
import org.plancheck.FactSet;

/**
 * The floor: the measures of the Shanghai goals computed by one hand-written pass over the
 * register, with no rule engine, no evidence and no report. What any engine is compared with.
 * It reads the facts through the public {@link Fact} API, as an embedder's own loop would.
 */
final class HandWrittenGoals {
  private static final String HUNDREDS = "hundreds-of-billions";
  private static final String TENS = "tens-of-billions";
  private static final String BILLIONS = "billions";

  private HandWrittenGoals() {}

  /** Returns the measures, in a fixed order, so the work cannot be optimised away. */
  static BigDecimal[] evaluate(FactSet facts) {
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
    Set<Object> fields = new HashSet<>();
    for (Fact p : facts.facts("parks")) {
      fields.add(p.get("field"));
    }
    for (Fact c : facts.facts("clusters")) {
      counts[8] += TENS.equals(c.get("band")) ? 1 : 0;
    }
    return new BigDecimal[] {all, glc, mv, it, icv, robots, consumer, BigDecimal.valueOf(counts[0] + counts[1]
        + counts[2] + counts[3] + counts[4] + counts[5] + counts[6] + counts[7] + counts[8]),
        BigDecimal.valueOf(segments.size() + fields.size())};
  }
}
