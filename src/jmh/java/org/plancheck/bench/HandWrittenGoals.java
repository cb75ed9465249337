package org.plancheck.bench;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.plancheck.Band;
import org.plancheck.Cluster;
import org.plancheck.Enterprise;
import org.plancheck.FactSet;
import org.plancheck.Park;

/**
 * The floor: the measures of the Shanghai goals computed by one hand-written pass over the
 * register, with no rule engine, no evidence and no report. What any engine is compared with.
 */
final class HandWrittenGoals {
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
    for (Enterprise e : facts.enterprises()) {
      BigDecimal r = e.revenue();
      all = all.add(r);
      switch (e.industry()) {
        case "green-low-carbon" -> {
          glc = glc.add(r);
          counts[0] += e.designations().contains("leader") ? 1 : 0;
          counts[1] += e.designations().contains("core") ? 1 : 0;
          counts[2] += e.designations().contains("featured") ? 1 : 0;
        }
        case "metaverse" -> {
          mv = mv.add(r);
          boolean leads = e.designations().contains("leader") || e.designations().contains("chain-leader");
          counts[3] += e.international() && leads ? 1 : 0;
          counts[4] += e.designations().contains("specialist") ? 1 : 0;
        }
        default -> {
          it = it.add(r);
          counts[5] += Band.HUNDREDS_OF_BILLIONS.contains(r) ? 1 : 0;
          counts[6] += Band.TENS_OF_BILLIONS.contains(r) ? 1 : 0;
          counts[7] += Band.BILLIONS.contains(r) ? 1 : 0;
          if (!e.segment().isEmpty()) {
            segments.add(e.segment());
          }
          switch (e.segment()) {
            case "intelligent-connected-vehicles" -> icv = icv.add(r);
            case "intelligent-robots" -> robots = robots.add(r);
            default -> consumer = consumer.add(r);
          }
        }
      }
    }
    Set<String> fields = new HashSet<>();
    for (Park p : facts.parks()) {
      fields.add(p.field());
    }
    for (Cluster c : facts.clusters()) {
      counts[8] += Band.TENS_OF_BILLIONS.contains(c.scale()) ? 1 : 0;
    }
    return new BigDecimal[] {all, glc, mv, it, icv, robots, consumer, BigDecimal.valueOf(counts[0] + counts[1]
        + counts[2] + counts[3] + counts[4] + counts[5] + counts[6] + counts[7] + counts[8]),
        BigDecimal.valueOf(segments.size() + fields.size())};
  }
}
