package org.plancheck.evaluation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
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
    Map<Groups.Grouping, List<Groups.Group>> byGrouping = new IdentityHashMap<>();
    groups.forEach(g -> byGrouping.computeIfAbsent(g.grouping(), x -> new ArrayList<>()).add(g));
    Map<Groups.Group, List<Fact>> members = new IdentityHashMap<>();
    byGrouping.forEach((grouping, gs) -> {
      List<List<Fact>> lists = grouping.members(gs);
      for (int i = 0; i < gs.size(); i++) {
        members.put(gs.get(i), lists.get(i));
      }
    });
    List<Fact> facts = new ArrayList<>(size);
    groups.forEach(g -> facts.addAll(members.get(g)));
    facts.addAll(singles);
    return List.copyOf(facts);
  }

  /**
   * Returns the facts that can be in a top ranking: each group's largest members (all of them
   * for a group some member of which lacks an amount), and the singles.
   */
  public List<Fact> candidates() {
    List<Fact> candidates = new ArrayList<>(singles);
    groups.forEach(g -> candidates.addAll(g.allAmounts() ? g.largest() : g.members()));
    return candidates;
  }

  /** Returns whether every counted fact has an amount, so evidence ranks largest first. */
  public boolean allAmounts() {
    return singles.stream().allMatch(f -> f.amount() != null)
        && groups.stream().allMatch(Groups.Group::allAmounts);
  }
}
