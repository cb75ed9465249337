package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.FactType;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.FactField;
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
  private final boolean amountsMayLack;
  private final int[] sumFields;
  private final Map<Object, Integer> numbers = new HashMap<>();
  private final List<Object[]> keyValues = new ArrayList<>();
  private int[] sizes = new int[16];
  private long[][] wholes;
  private boolean[][] anyWhole;
  private Object[][] rests;
  // The first overflow of each whole-number sum: thrown when the sums are made, as a held table's
  // GroupSums throws it then, not while reading, where it would hide a later row's bad value.
  private final ArithmeticException[] overflows;
  private final List<TopFacts> largest = new ArrayList<>();
  private final List<TopFacts> smallestIds = new ArrayList<>();
  private boolean[] lacking = new boolean[16];

  GroupAccumulator(GroupKind group) {
    this.group = group;
    FactKind kind = group.member();
    this.keys = group.keys().stream().mapToInt(kind::index).toArray();
    this.amount = kind.amountIndex();
    this.amountsMayLack = amount < 0 || !kind.fields().get(amount).required();
    // In the order of the sums' entries, which Sums reads again for their bean fields.
    this.sumFields = group.sums().entrySet().stream().mapToInt(e -> kind.index(e.getValue())).toArray();
    this.wholes = new long[sumFields.length][16];
    this.anyWhole = new boolean[sumFields.length][16];
    this.rests = new Object[sumFields.length][16];
    this.overflows = new ArithmeticException[sumFields.length];
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
    Integer g = numbers.get(keyOf(fact));
    return g == null ? -1 : g;
  }

  void add(Fact fact) {
    Object key = keyOf(fact);
    Integer number = numbers.get(key);
    int g;
    if (number == null) {
      g = keyValues.size();
      numbers.put(key, g);
      Object[] values = new Object[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = fact.value(keys[i]);
      }
      keyValues.add(values);
      grow(g + 1);
      largest.add(amountsMayLack && amount < 0 ? null : new TopFacts());
      smallestIds.add(amountsMayLack ? new TopFacts() : null);
    } else {
      g = number;
    }
    sizes[g]++;
    for (int i = 0; i < sumFields.length; i++) {
      addSum(i, g, fact.value(sumFields[i]));
    }
    if (amountsMayLack) {
      smallestIds.get(g).add(fact, Outcomes.BY_ID, Evidence.SAMPLE_SIZE);
    }
    if (!lacking[g]) {
      if (amount < 0 || fact.value(amount) == null) {
        lacking[g] = true;
        largest.set(g, null);
      } else {
        largest.get(g).add(fact, Outcomes.LARGEST_FIRST, Evidence.SAMPLE_SIZE);
      }
    }
  }

  /** A single key field is its own key; several make a list, equal when their values are. */
  private Object keyOf(Fact fact) {
    if (keys.length == 1) {
      Object value = fact.value(keys[0]);
      return value == null ? ABSENT : value;
    }
    Object[] values = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = fact.value(keys[i]);
    }
    return Arrays.asList(values);
  }

  private void addSum(int i, int g, Object value) {
    if (value instanceof BigDecimal d && d.scale() == 0 && d.precision() <= 18) {
      long v = d.longValueExact();
      long sum = wholes[i][g] + v;
      // Overflow when both addends share a sign the sum lacks (Math.addExact, without a throw).
      if (((wholes[i][g] ^ sum) & (v ^ sum)) < 0) {
        rests[i][g] = GroupSums.add(rests[i][g], BigDecimal.valueOf(wholes[i][g]).add(BigDecimal.valueOf(v)));
        sum = 0;
      }
      wholes[i][g] = sum;
      anyWhole[i][g] = true;
    } else if (overflows[i] == null) {
      try {
        rests[i][g] = GroupSums.add(rests[i][g], value);
      } catch (ArithmeticException e) {
        overflows[i] = e;
      }
    }
  }

  private void grow(int count) {
    if (count <= sizes.length) {
      return;
    }
    int length = sizes.length * 2;
    sizes = Arrays.copyOf(sizes, length);
    lacking = Arrays.copyOf(lacking, length);
    for (int i = 0; i < sumFields.length; i++) {
      wholes[i] = Arrays.copyOf(wholes[i], length);
      anyWhole[i] = Arrays.copyOf(anyWhole[i], length);
      rests[i] = Arrays.copyOf(rests[i], length);
    }
  }

  /** Returns the name of the {@code i}th sum field, in the order of the sums' entries. */
  private String sumName(int i) {
    return group.sums().entrySet().stream().skip(i).findFirst().orElseThrow().getKey();
  }

  /**
   * Returns the sums, ready to be set on beans of {@code type}.
   *
   * @throws org.plancheck.FactFormatException when a whole-number sum overflowed, the first in
   *     the order of the sums, as {@link GroupSums} throws it over a held table
   */
  Sums sums(FactType type) {
    for (int i = 0; i < overflows.length; i++) {
      if (overflows[i] != null) {
        throw GroupSums.overflow(group, sumName(i), overflows[i]);
      }
    }
    return new Sums(type);
  }

  /** Sets each {@code @sum} field of a group's bean; a group with no values sums to zero. */
  final class Sums {
    private final org.kie.api.definition.type.FactField[] setters;
    private final FactField[] fields;

    private Sums(FactType type) {
      setters = new org.kie.api.definition.type.FactField[sumFields.length];
      fields = new FactField[sumFields.length];
      int i = 0;
      for (Map.Entry<String, String> sum : group.sums().entrySet()) {
        setters[i] = type.getField(sum.getKey());
        fields[i] = group.member().fields().get(sumFields[i]);
        i++;
      }
    }

    void fill(Object bean, int g) {
      for (int i = 0; i < setters.length; i++) {
        Object sum = anyWhole[i][g] ? GroupSums.add(rests[i][g], BigDecimal.valueOf(wholes[i][g])) : rests[i][g];
        setters[i].set(bean, sum == null ? GroupSums.zero(fields[i]) : sum);
      }
    }
  }
}
