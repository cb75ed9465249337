package org.plancheck.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.plancheck.Fact;

/**
 * The first few facts of a ranking, kept sorted as facts arrive: a group's largest members, its
 * smallest ids, or the sample of a goal's evidence. Starts with room for one, as most groups of a
 * fine grouping have one member.
 */
final class TopFacts {
  private Fact[] facts = new Fact[1];
  private int size;

  /** Keeps {@code fact} if it is among the first {@code limit} by {@code rank}. */
  void add(Fact fact, Comparator<Fact> rank, int limit) {
    // Most facts of a large group rank below the last kept: one comparison turns them away.
    if (size == limit && rank.compare(fact, facts[size - 1]) >= 0) {
      return;
    }
    if (size == facts.length && size < limit) {
      facts = Arrays.copyOf(facts, Math.min(limit, size * 2));
    }
    int at = size == limit ? size - 1 : size;
    while (at > 0 && rank.compare(fact, facts[at - 1]) < 0) {
      facts[at] = facts[at - 1];
      at--;
    }
    facts[at] = fact;
    size = Math.min(size + 1, limit);
  }

  /**
   * Returns the last fact kept when {@code limit} are kept, the one a newcomer must rank before
   * to be kept; null while there is room. Lets a caller turn a fact away before making it.
   */
  Fact lastOfFull(int limit) {
    return size == limit ? facts[size - 1] : null;
  }

  /** Returns the facts kept, first first. */
  List<Fact> list() {
    return List.of(Arrays.copyOf(facts, size));
  }
}
