package org.plancheck.evaluation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiFunction;
import org.plancheck.Evidence;
import org.plancheck.Fact;

/**
 * The facts a rule counted, as recorded: single facts and whole groups, read as one
 * immutable list of facts. Its size is known at once; the groups' members are made into facts
 * only when the list is read (explain does, a report does not), in one pass per table. Groups
 * also carry their largest members, so evidence is ranked from a few candidates per group.
 */
public final class Counted extends AbstractList<Fact> implements RandomAccess {
  private final List<Groups.Group> groups;
  private final List<Fact> singles;
  private final int size;
  private volatile List<Fact> expanded;

  public Counted(List<Groups.Group> groups, List<Fact> singles) {
    this.groups = List.copyOf(groups);
    this.singles = List.copyOf(singles);
    this.size = this.groups.stream().mapToInt(Groups.Group::size).sum() + this.singles.size();
  }

  @Override
  public Fact get(int index) {
    return expanded().get(index);
  }

  @Override
  public int size() {
    return size;
  }

  private List<Fact> expanded() {
    List<Fact> facts = expanded;
    if (facts == null) {
      // Racing readers make equal lists; the last one kept is as good as the first.
      facts = expand();
      expanded = facts;
    }
    return facts;
  }

  private List<Fact> expand() {
    Map<Groups.Group, List<Fact>> members = byGrouping(groups, Groups.Grouping::members);
    List<Fact> facts = new ArrayList<>(size);
    groups.forEach(g -> facts.addAll(members.get(g)));
    facts.addAll(singles);
    return List.copyOf(facts);
  }

  /**
   * Returns the facts that can be in a top ranking: each group's largest members, or its
   * smallest ids for a group some member of which lacks an amount (evidence then ranks by id),
   * and the singles.
   */
  public List<Fact> candidates() {
    List<Groups.Group> unranked = groups.stream().filter(g -> !g.allAmounts()).toList();
    Map<Groups.Group, List<Fact>> byId =
        byGrouping(unranked, (grouping, gs) -> grouping.smallestIds(gs, Evidence.SAMPLE_SIZE));
    List<Fact> candidates = new ArrayList<>(singles);
    groups.forEach(g -> candidates.addAll(g.allAmounts() ? g.largest() : byId.get(g)));
    return candidates;
  }

  /** Applies {@code perGrouping} once to the groups of each table, one pass over each. */
  private static Map<Groups.Group, List<Fact>> byGrouping(List<Groups.Group> groups,
      BiFunction<Groups.Grouping, List<Groups.Group>, List<List<Fact>>> perGrouping) {
    Map<Groups.Grouping, List<Groups.Group>> split = new IdentityHashMap<>();
    groups.forEach(g -> split.computeIfAbsent(g.grouping(), x -> new ArrayList<>()).add(g));
    Map<Groups.Group, List<Fact>> facts = new IdentityHashMap<>();
    split.forEach((grouping, gs) -> {
      List<List<Fact>> lists = perGrouping.apply(grouping, gs);
      for (int i = 0; i < gs.size(); i++) {
        facts.put(gs.get(i), lists.get(i));
      }
    });
    return facts;
  }

  /** Returns whether every counted fact has an amount, so evidence ranks largest first. */
  public boolean allAmounts() {
    return singles.stream().allMatch(f -> f.amount() != null)
        && groups.stream().allMatch(Groups.Group::allAmounts);
  }
}
