package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.kie.api.definition.type.FactType;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.GroupKind;

/**
 * One group type's groups, made fact by fact: each group's key, size, sums and evidence. Groups
 * are numbered by first appearance, as {@link GroupCodes} numbers them over a table, and sums
 * are exact: whole amounts add as longs, anything else (and a sum that outgrows a long) as it is.
 */
final class GroupAccumulator {
  private static final Object ABSENT = new Object();

  private final GroupKind group;
  private final int[] keys;
  private final int amount;
  private final int id;
  private final boolean amountsMayLack;
  private final int[] sumFields;
  private final List<SumColumn> sums = new ArrayList<>();
  private final Map<Object, Integer> numbers = new HashMap<>();
  private final List<Object[]> keyValues = new ArrayList<>();
  private int[] sizes = new int[16];
  private final List<TopFacts> largest = new ArrayList<>();
  private final List<TopFacts> smallestIds = new ArrayList<>();
  private boolean[] lacking = new boolean[16];
  private final KeyCache cache;
  // The values of the key of the fact being added: refilled at each fact, not made anew.
  private final Object[] scratch;

  GroupAccumulator(GroupKind group) {
    this.group = group;
    FactKind kind = group.member();
    this.keys = group.keys().stream().mapToInt(kind::index).toArray();
    this.amount = kind.amountIndex();
    this.id = kind.keyIndex();
    this.amountsMayLack = amount < 0 || !kind.fields().get(amount).required();
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
    return !lacking[g];
  }

  List<Fact> largest(int g) {
    return lacking[g] ? List.of() : largest.get(g).list();
  }

  /** Returns group {@code g}'s members with the smallest ids, at most {@link Evidence#SAMPLE_SIZE}. */
  List<Fact> smallestIds(int g, int n) {
    List<Fact> kept = smallestIds.get(g).list();
    return kept.subList(0, Math.min(n, kept.size()));
  }

  /** Returns the number of {@code fact}'s group, or -1 when no fact seen had its key. */
  int groupOf(Fact fact) {
    Integer g = numbers.get(keyOf(i -> fact.value(keys[i])));
    return g == null ? -1 : g;
  }

  /**
   * Adds the fact of the member kind with {@code values} (in field order), read from {@code
   * line}, to its group; {@code made} is that fact when it was made already, else null. Returns
   * the fact when it is made here or was given, else null: most facts are only counted and
   * summed, and a Fact is made only of one kept as evidence.
   */
  Fact add(Object[] values, int line, Fact made) {
    for (int i = 0; i < keys.length; i++) {
      scratch[i] = values[keys[i]];
    }
    int g = cache.find(scratch);
    if (g < 0) {
      g = number(values);
      cache.put(scratch, g);
    }
    sizes[g]++;
    for (int i = 0; i < sumFields.length; i++) {
      sums.get(i).add(g, values[sumFields[i]]);
    }
    Fact fact = made;
    if (amountsMayLack) {
      TopFacts top = smallestIds.get(g);
      Fact last = top.lastOfFull(Evidence.SAMPLE_SIZE);
      // Turned away unless it ranks before the last kept, as TopFacts itself would.
      if (last == null || ((String) values[id]).compareTo(last.id()) < 0) {
        fact = fact != null ? fact : new Fact(group.member(), values, line);
        top.add(fact, Outcomes.BY_ID, Evidence.SAMPLE_SIZE);
      }
    }
    if (!lacking[g]) {
      if (amount < 0 || values[amount] == null) {
        lacking[g] = true;
        largest.set(g, null);
      } else {
        TopFacts top = largest.get(g);
        Fact last = top.lastOfFull(Evidence.SAMPLE_SIZE);
        if (last == null || Outcomes.largestFirst((BigDecimal) values[amount], (String) values[id], last.amount(), last.id()) < 0) {
          fact = fact != null ? fact : new Fact(group.member(), values, line);
          top.add(fact, Outcomes.LARGEST_FIRST, Evidence.SAMPLE_SIZE);
        }
      }
    }
    return fact;
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
      if (amountsMayLack) {
        for (Fact fact : later.smallestIds.get(from).list()) {
          smallestIds.get(g).add(moved(fact, lineOffset), Outcomes.BY_ID, Evidence.SAMPLE_SIZE);
        }
      }
      if (!lacking[g] && later.lacking[from]) {
        lacking[g] = true;
        largest.set(g, null);
      } else if (!lacking[g]) {
        for (Fact fact : later.largest.get(from).list()) {
          largest.get(g).add(moved(fact, lineOffset), Outcomes.LARGEST_FIRST, Evidence.SAMPLE_SIZE);
        }
      }
    }
  }

  /** Returns {@code fact} read {@code lineOffset} lines further down. */
  static Fact moved(Fact fact, int lineOffset) {
    if (lineOffset == 0) {
      return fact;
    }
    Object[] values = new Object[fact.kind().fields().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fact.value(i);
    }
    return new Fact(fact.kind(), values, fact.line() + lineOffset);
  }

  /** Returns the number of the group of the fact with {@code values}, numbering a new group when it is the first. */
  private int number(Object[] values) {
    return number(i -> values[keys[i]]);
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
    largest.add(amountsMayLack && amount < 0 ? null : new TopFacts());
    smallestIds.add(amountsMayLack ? new TopFacts() : null);
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
    lacking = Arrays.copyOf(lacking, length);
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
