package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.type.FactType;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.FieldType;
import org.plancheck.GroupKind;
import org.plancheck.compile.FactFilter;
import org.plancheck.facts.SplittableSink;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.StreamedFacts;
import org.plancheck.facts.WholeAmounts;

/**
 * What an evaluator keeps of a kind it reads without holding: the groups of its facts, made as
 * the facts are read one at a time, and the few facts some rule could match one by one (those a
 * {@link FactFilter} lets through). Memory grows with the groups, the evidence each keeps (its
 * largest members, or its smallest ids) and the facts kept, not with the facts read. The groups
 * are the ones {@link Groups#of} makes from a table, in the same order, with the same beans.
 *
 * <p>Fed by one thread; once fed, {@link #groups} and {@link #kept} may be called from many. A
 * large file may be read in two parts at once, each into a {@link #part} of its own, joined
 * after ({@link SplittableSink}).
 */
public final class StreamedKind implements SplittableSink {
  private final Beans beans;
  private final FactKind kind;
  private final Collection<GroupKind> groupKinds;
  private final List<GroupAccumulator> accumulators = new ArrayList<>();
  private final FactFilter filter;
  // By column, as a held table stores them: a list of fact objects took three times the memory
  // of the table the kind would be held in when most facts pass the filter. Dropped once built.
  private FactTable.Builder kept;
  private FactTable keptTable;

  /**
   * Prepares to keep the groups of {@code kind} under each of {@code groups}, with {@code
   * beans}' types, and the facts {@code filter} lets through (none when it is null).
   */
  public StreamedKind(Beans beans, FactKind kind, Collection<GroupKind> groups, FactFilter filter) {
    this.beans = beans;
    this.kind = kind;
    this.groupKinds = List.copyOf(groups);
    this.filter = filter;
    this.kept = filter == null ? null : new FactTable.Builder(kind);
    for (GroupKind group : groups) {
      if (!group.member().equals(kind)) {
        throw new IllegalArgumentException(group.type() + " groups " + group.member().name() + ", not " + kind.name());
      }
      accumulators.add(new GroupAccumulator(group));
    }
  }

  @Override
  public void accept(Fact fact) {
    Object[] values = new Object[kind.fields().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fact.value(i);
    }
    accept(values, null, fact.line(), fact);
  }

  /** Takes a fact's values without the fact: one is made only for a group's evidence, or to be kept. */
  @Override
  public void accept(FactKind kind, Object[] values, int line) {
    accept(kind, values, null, line);
  }

  /** Takes a fact's values and its whole amounts, as {@link #accept(FactKind, Object[], int)} does. */
  @Override
  public void accept(FactKind kind, Object[] values, long[] wholes, int line) {
    // By identity first: a kind's equals compares every field, and this runs once a fact.
    if (kind != this.kind && !kind.equals(this.kind)) {
      throw new IllegalArgumentException("a " + kind.type() + " given to the groups of " + this.kind.type());
    }
    accept(values, wholes, line, null);
  }

  private void accept(Object[] values, long[] wholes, int line, Fact made) {
    Fact fact = made;
    for (GroupAccumulator accumulator : accumulators) {
      fact = accumulator.add(values, wholes, line, fact);
    }
    if (filter != null) {
      fact = fact != null ? fact : new Fact(kind, WholeAmounts.decimals(values, wholes), line);
      if (filter.mayMatch(beans.of(fact))) {
        kept.add(fact);
      }
    }
  }

  /**
   * Returns true when every sum is of amounts: added in any order, they come to the same. An int
   * or long sum fails on overflow at the value that makes it overflow, which parts added
   * separately would not find at the same value, or at all.
   */
  @Override
  public boolean splittable() {
    return groupKinds.stream().allMatch(group -> group.sums().values().stream()
        .allMatch(field -> kind.field(field).map(f -> f.type() == FieldType.DECIMAL).orElse(false)));
  }

  @Override
  public StreamedKind part() {
    return new StreamedKind(beans, kind, groupKinds, filter);
  }

  @Override
  public void join(SplittableSink part, int lineOffset) {
    StreamedKind later = (StreamedKind) part;
    for (int i = 0; i < accumulators.size(); i++) {
      accumulators.get(i).merge(later.accumulators.get(i), lineOffset);
    }
    if (filter != null) {
      for (Fact fact : later.kept()) {
        kept.add(GroupEvidence.moved(fact, lineOffset));
      }
    }
  }

  /** Returns whether facts that rules may match one by one were kept. */
  public boolean keepsFacts() {
    return filter != null;
  }

  /**
   * Returns the facts kept, those some rule may match one by one, in the order read; none when
   * no filter was given. Call once fed.
   */
  public synchronized List<Fact> kept() {
    if (keptTable == null && kept != null) {
      keptTable = kept.build();
      kept = null;
    }
    return keptTable == null ? List.of() : keptTable;
  }

  /** Returns whether these groups were made for rules whose types {@code beans} makes. */
  public boolean madeWith(Beans beans) {
    return this.beans == beans;
  }

  /**
   * Returns the groups under {@code group}, with new beans; null when they were not made.
   *
   * @param facts the facts these groups were made from, read again to list a group's members
   */
  public List<Groups.Group> groups(GroupKind group, StreamedFacts facts) {
    for (GroupAccumulator accumulator : accumulators) {
      if (accumulator.group().equals(group)) {
        return groups(accumulator, facts);
      }
    }
    return null;
  }

  private List<Groups.Group> groups(GroupAccumulator accumulator, StreamedFacts facts) {
    FactType type = beans.typeOf(accumulator.group());
    Groups.Filler filler = new Groups.Filler(accumulator.group(), type);
    GroupSums sums = accumulator.sums(type);
    Grouping grouping = new Grouping(accumulator, facts);
    int count = accumulator.count();
    List<Groups.Group> result = new ArrayList<>(count);
    for (int g = 0; g < count; g++) {
      Object bean = filler.bean(accumulator.key(g), accumulator.size(g));
      sums.fill(bean, g);
      result.add(new Groups.Group(bean, grouping, g, accumulator.size(g), accumulator.allAmounts(g)));
    }
    return result;
  }

  /** Finds members again by reading the facts again; the evidence kept needs no reading. */
  private static final class Grouping extends Groups.Grouping {
    private final GroupAccumulator accumulator;
    private final StreamedFacts facts;

    Grouping(GroupAccumulator accumulator, StreamedFacts facts) {
      this.accumulator = accumulator;
      this.facts = facts;
    }

    @Override
    List<List<Fact>> members(List<Groups.Group> groups) {
      int[] slot = slots(groups, accumulator.count());
      List<List<Fact>> members = new ArrayList<>(groups.size());
      groups.forEach(g -> members.add(new ArrayList<>(g.size())));
      facts.forEachAgain(fact -> {
        int g = accumulator.groupOf(fact);
        if (g >= 0 && slot[g] >= 0) {
          members.get(slot[g]).add(fact);
        }
      });
      return members;
    }

    @Override
    List<List<Fact>> smallestIds(List<Groups.Group> groups, int n) {
      List<List<Fact>> smallest = new ArrayList<>(groups.size());
      groups.forEach(g -> smallest.add(accumulator.smallestIds(g.index(), n)));
      return smallest;
    }

    @Override
    List<Fact> largest(int g) {
      return accumulator.largest(g);
    }
  }
}
