package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.kie.api.definition.type.FactType;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.GroupKind;
import org.plancheck.facts.StreamedFacts;

/**
 * Makes the groups of a kind's facts as the facts are read, one at a time, so that a kind no
 * rule matches one by one is never held: memory grows with the groups and the evidence each
 * keeps (its largest members, or its smallest ids), not with the facts. The groups are the
 * ones {@link Groups#of} makes from a table, in the same order, with the same beans.
 *
 * <p>Fed by one thread; once fed, {@link #groups} may be called from many.
 */
public final class StreamedGroups implements Consumer<Fact> {
  private final Beans beans;
  private final List<GroupAccumulator> accumulators = new ArrayList<>();

  /** Prepares the groups of {@code kind} under each of {@code groups}, with {@code beans}' types. */
  public StreamedGroups(Beans beans, FactKind kind, Collection<GroupKind> groups) {
    this.beans = beans;
    for (GroupKind group : groups) {
      if (!group.member().equals(kind)) {
        throw new IllegalArgumentException(group.type() + " groups " + group.member().name() + ", not " + kind.name());
      }
      accumulators.add(new GroupAccumulator(group));
    }
  }

  @Override
  public void accept(Fact fact) {
    for (GroupAccumulator accumulator : accumulators) {
      accumulator.add(fact);
    }
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
    GroupAccumulator.Sums sums = accumulator.sums(type);
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
