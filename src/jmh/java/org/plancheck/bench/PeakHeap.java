package org.plancheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;

/**
 * Peak heap of one evaluation, each way, in a fresh JVM per run: the register is made, the
 * heap collected and the peaks reset, then the evaluation runs. Prints one line per way.
 * Usage: {@code PeakHeap ENTERPRISES floor|plancheck|natural|plain}; {@code natural} is
 * plancheck over the shipped rules plus {@link NaturalRule}'s per-enterprise goal.
 */
public final class PeakHeap {
  private static final Set<String> WAYS = Set.of("floor", "plancheck", "natural", "plain");

  private PeakHeap() {}

  /** Runs one way on one register size; see the class comment for the arguments. */
  public static void main(String[] args) {
    if (args.length != 2 || !WAYS.contains(args[1])) {
      throw new IllegalArgumentException("usage: PeakHeap ENTERPRISES floor|plancheck|natural|plain");
    }
    int enterprises = Integer.parseInt(args[0]);
    String way = args[1];
    Path rules = Path.of("rules");
    Evaluator evaluator = Evaluator.fromRules(way.equals("natural") ? NaturalRule.folder(rules) : rules);
    FactSet facts = ShanghaiRegister.generate(evaluator.schema(), enterprises, 1);
    if (!way.equals("plancheck") && !way.equals("natural")) {
      evaluator = null;
    }
    KieBase plain = way.equals("plain") ? PlainDrools.compile() : null;
    List<Object> beans = plain != null ? PlainDrools.beans(plain, facts) : null;
    System.gc();
    long base = used();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Object result = switch (way) {
      case "plancheck", "natural" -> evaluator.evaluate(facts);
      case "plain" -> PlainDrools.evaluate(plain, beans);
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
