package org.plancheck.evaluation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.plancheck.Fact;

/**
 * The facts a rule counted, as recorded: single facts and whole groups, read as one
 * immutable list of facts without copying a million members into it. Groups also carry their
 * largest members, so evidence is ranked from a few hundred candidates, not every member.
 */
public final class Counted extends AbstractList<Fact> implements RandomAccess {
  private final List<List<? extends Fact>> parts;
  private final List<Groups.Group> groups;
  private final List<Fact> singles;
  private final int[] starts;
  private final int size;

  public Counted(List<Groups.Group> groups, List<Fact> singles) {
    this.groups = List.copyOf(groups);
    this.singles = List.copyOf(singles);
    List<List<? extends Fact>> all = new ArrayList<>();
    this.groups.forEach(g -> all.add(g.members()));
    all.add(this.singles);
    this.parts = List.copyOf(all);
    this.starts = new int[parts.size()];
    int total = 0;
    for (int i = 0; i < parts.size(); i++) {
      starts[i] = total;
      total += parts.get(i).size();
    }
    this.size = total;
  }

  @Override
  public Fact get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int part = java.util.Arrays.binarySearch(starts, index);
    if (part < 0) {
      part = -part - 2;
    }
    // Empty parts share a start with the next one; step to the part that holds the index.
    while (index - starts[part] >= parts.get(part).size()) {
      part++;
    }
    return parts.get(part).get(index - starts[part]);
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns the facts that can be in a top ranking: each group's largest members, and the singles. */
  public List<Fact> candidates() {
    List<Fact> candidates = new ArrayList<>(singles);
    groups.forEach(g -> candidates.addAll(g.largest()));
    return candidates;
  }

  /** Returns whether every counted fact has an amount, so evidence ranks largest first. */
  public boolean allAmounts() {
    return singles.stream().allMatch(f -> f.amount() != null)
        && groups.stream().allMatch(Groups.Group::allAmounts);
  }
}
