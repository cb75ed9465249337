package org.plancheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.SyntheticFactSets;

/**
 * Peak heap of one evaluation, each way, in a fresh JVM per run: the register is made, the
 * heap collected and the peaks reset, then the evaluation runs. Prints one line per way.
 * Usage: {@code PeakHeap ENTERPRISES plancheck|floor|plain}.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void main(String[] args) {
    int enterprises = Integer.parseInt(args[0]);
    String way = args[1];
    FactSet facts = SyntheticFactSets.generate(enterprises, 1);
    Evaluator evaluator = way.equals("plancheck") ? Evaluator.fromRules(Path.of("rules")) : null;
    var plain = way.equals("plain") ? PlainDrools.compile() : null;
    System.gc();
    long base = used();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Object result = switch (way) {
      case "plancheck" -> evaluator.evaluate(facts);
      case "plain" -> PlainDrools.evaluate(plain, facts);
      default -> HandWrittenGoals.evaluate(facts);
    };
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%s %d enterprises: heap before %d MB, peak during evaluation %d MB (%s)%n",
        way, enterprises, base >> 20, peak >> 20, result.getClass().getSimpleName());
  }

  private static long used() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getUsage().getUsed()).sum();
  }
}
