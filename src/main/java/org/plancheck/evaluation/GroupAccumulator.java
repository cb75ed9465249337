package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.kie.api.definition.type.FactType;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.GroupKind;
import org.plancheck.facts.WholeAmounts;

/**
 * One group type's groups, made fact by fact: each group's key, size, sums and evidence. Groups
 * are numbered by first appearance, as {@link GroupCodes} numbers them over a table, and sums
 * are exact: whole amounts add as longs, anything else (and a sum that outgrows a long) as it is.
 */
final class GroupAccumulator {
  private static final Object ABSENT = new Object();

  private final GroupKind group;
  private final int[] keys;
  private final int[] sumFields;
  private final List<SumColumn> sums = new ArrayList<>();
  private final Map<Object, Integer> numbers = new HashMap<>();
  private final List<Object[]> keyValues = new ArrayList<>();
  private int[] sizes = new int[16];
  private final GroupEvidence evidence;
  private final KeyCache cache;
  // The values of the key of the fact being added: refilled at each fact, not made anew.
  private final Object[] scratch;

  GroupAccumulator(GroupKind group) {
    this.group = group;
    FactKind kind = group.member();
    this.keys = group.keys().stream().mapToInt(kind::index).toArray();
    this.evidence = new GroupEvidence(kind);
    // In the order of the sums' entries, which GroupSums reads again for their bean fields.
    this.sumFields = group.sums().entrySet().stream().mapToInt(e -> kind.index(e.getValue())).toArray();
    for (int i = 0; i < sumFields.length; i++) {
      sums.add(new SumColumn(16));
    }
    this.cache = new KeyCache(keys.length);
    this.scratch = new Object[keys.length];
  }

  GroupKind group() {
    return group;
  }

  int count() {
    return keyValues.size();
  }

  Object[] key(int g) {
    return keyValues.get(g);
  }

  int size(int g) {
    return sizes[g];
  }

  boolean allAmounts(int g) {
    return evidence.allAmounts(g);
  }

  List<Fact> largest(int g) {
    return evidence.largest(g);
  }

  /** Returns group {@code g}'s members with the smallest ids, at most {@code n}. */
  List<Fact> smallestIds(int g, int n) {
    return evidence.smallestIds(g, n);
  }

  /** Returns the number of {@code fact}'s group, or -1 when no fact seen had its key. */
  int groupOf(Fact fact) {
    Integer g = numbers.get(keyOf(i -> fact.value(keys[i])));
    return g == null ? -1 : g;
  }

  /**
   * Adds the fact of the member kind with {@code values} (in field order), its whole amounts in
   * {@code wholes} (or null: see {@link WholeAmounts}), read from {@code line}, to its group;
   * {@code made} is that fact when it was made already, else null. Returns
   * the fact when it is made here or was given, else null: most facts are only counted and
   * summed, and a Fact is made only of one kept as evidence.
   */
  Fact add(Object[] values, long[] wholes, int line, Fact made) {
    for (int i = 0; i < keys.length; i++) {
      scratch[i] = WholeAmounts.value(values[keys[i]], wholes, keys[i]);
    }
    int g = cache.find(scratch);
    if (g < 0) {
      g = number(i -> scratch[i]);
      cache.put(scratch, g);
    }
    sizes[g]++;
    for (int i = 0; i < sumFields.length; i++) {
      Object value = values[sumFields[i]];
      if (value == WholeAmounts.WHOLE) {
        sums.get(i).addWhole(g, wholes[sumFields[i]]);
      } else {
        sums.get(i).add(g, value);
      }
    }
    return evidence.add(g, values, wholes, line, made);
  }

  /**
   * Adds the groups of {@code later}, made from the part of the file after this one's, as if its
   * facts had been added here: groups new here numbered in the order they first came there,
   * sizes and sums added, evidence ranked together, at lines {@code lineOffset} further down.
   */
  void merge(GroupAccumulator later, int lineOffset) {
    for (int from = 0; from < later.count(); from++) {
      Object[] key = later.key(from);
      int g = number(i -> key[i]);
      sizes[g] += later.sizes[from];
      for (int i = 0; i < sums.size(); i++) {
        sums.get(i).merge(g, later.sums.get(i), from);
      }
      evidence.merge(g, later.evidence, from, lineOffset);
    }
  }

  /**
   * Returns the number of the group whose key's {@code i}th value {@code keyValue} gives,
   * numbering a new group when it is the first.
   */
  private int number(IntFunction<Object> keyValue) {
    Object key = keyOf(keyValue);
    Integer number = numbers.get(key);
    if (number != null) {
      return number;
    }
    int g = keyValues.size();
    numbers.put(key, g);
    Object[] keyed = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keyed[i] = keyValue.apply(i);
    }
    keyValues.add(keyed);
    grow(g + 1);
    evidence.newGroup(g);
    return g;
  }

  /**
   * A single key field is its own key; several make a list, equal when their values are. {@code
   * keyValue} gives the key's {@code i}th value.
   */
  private Object keyOf(IntFunction<Object> keyValue) {
    if (keys.length == 1) {
      Object single = keyValue.apply(0);
      return single == null ? ABSENT : single;
    }
    Object[] values = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = keyValue.apply(i);
    }
    return Arrays.asList(values);
  }

  private void grow(int count) {
    if (count <= sizes.length) {
      return;
    }
    int length = sizes.length * 2;
    sizes = Arrays.copyOf(sizes, length);
    sums.forEach(column -> column.grow(length));
  }

  /**
   * Returns the sums, ready to be set on beans of {@code type}.
   *
   * @throws org.plancheck.FactFormatException when a whole-number sum overflowed, the first in
   *     the order of the sums, as over a held table
   */
  GroupSums sums(FactType type) {
    return new GroupSums(group, type, sums);
  }
}
