package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.GroupKind;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/** Groups facts into beans of a group type in one pass, keeping the facts' order. */
public final class Groups {
  /**
   * One group: its bean, its members in fact-set order, and its largest members (at most
   * {@link Evidence#SAMPLE_SIZE}, largest first), which is all evidence needs to rank; and
   * whether every member has an amount to be ranked by.
   */
  public record Group(Object bean, List<Fact> members, List<Fact> largest, boolean allAmounts) {}

  /** The members and running sums of one group while the facts are read. */
  private static final class Builder {
    // Small: a register whose rows share no key makes one builder per row.
    final List<Fact> members = new ArrayList<>(2);
    // Only a group of more members than evidence shows needs a running top; made then.
    PriorityQueue<Fact> largest;
    final Object[] sums;
    boolean allAmounts = true;

    Builder(int sums) {
      this.sums = new Object[sums];
    }

    void rank(Fact fact) {
      if (largest == null && members.size() > Evidence.SAMPLE_SIZE) {
        largest = new PriorityQueue<>(Outcomes.LARGEST_FIRST.reversed());
        members.subList(0, members.size() - 1).stream().filter(m -> m.amount() != null)
            .forEach(m -> Outcomes.keepTop(largest, m, Outcomes.LARGEST_FIRST));
      }
      if (largest != null) {
        Outcomes.keepTop(largest, fact, Outcomes.LARGEST_FIRST);
      }
    }

    List<Fact> largest() {
      if (largest == null) {
        // No more members than evidence shows: every one is a candidate.
        List<Fact> top = new ArrayList<>(members);
        if (allAmounts) {
          top.sort(Outcomes.LARGEST_FIRST);
        }
        return top;
      }
      List<Fact> top = new ArrayList<>(largest);
      top.sort(Outcomes.LARGEST_FIRST);
      return top;
    }
  }

  /**
   * The values a group's members share, hashed once: compared by array, not by a list's
   * iterators, because a million-row register looks its group up a million times.
   */
  private static final class Key {
    final Object[] values;
    int hash;

    Key(Object[] values) {
      this.values = values;
      this.hash = Arrays.hashCode(values);
    }

    /** Refills this key, used as a probe, with {@code fact}'s values at {@code fields}. */
    Key refill(Fact fact, int[] fields) {
      for (int i = 0; i < fields.length; i++) {
        values[i] = fact.value(fields[i]);
      }
      hash = Arrays.hashCode(values);
      return this;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private Groups() {}

  public static List<Group> of(GroupKind group, List<Fact> facts, Beans beans) {
    FactKind kind = group.member();
    int[] keys = group.keys().stream().mapToInt(kind::index).toArray();
    List<String> sumFields = List.copyOf(group.sums().keySet());
    int[] sums = sumFields.stream().mapToInt(f -> kind.index(group.sums().get(f))).toArray();
    boolean ranked = kind.amountIndex() >= 0;
    Map<Key, Builder> byKey = new LinkedHashMap<>();
    // One probe key, refilled per fact: a key is allocated only for a group not seen before.
    Key probe = new Key(new Object[keys.length]);
    for (Fact fact : facts) {
      Builder b = byKey.get(probe.refill(fact, keys));
      if (b == null) {
        b = new Builder(sums.length);
        byKey.put(new Key(probe.values.clone()), b);
      }
      b.members.add(fact);
      for (int i = 0; i < sums.length; i++) {
        b.sums[i] = add(b.sums[i], fact.value(sums[i]));
      }
      if (ranked && fact.amount() != null) {
        b.rank(fact);
      } else {
        b.allAmounts = false;
      }
    }
    List<Group> result = new ArrayList<>(byKey.size());
    FactType type = beans.typeOf(group);
    byKey.forEach((key, b) -> {
      Object bean = Beans.newInstance(type);
      for (int i = 0; i < keys.length; i++) {
        if (key.values[i] != null) {
          type.set(bean, group.keys().get(i), key.values[i]);
        }
      }
      if (group.count() != null) {
        int size = b.members.size();
        type.set(bean, group.count(), group.countType() == FieldType.LONG ? (Object) (long) size : (Object) size);
      }
      for (int i = 0; i < sums.length; i++) {
        type.set(bean, sumFields.get(i), b.sums[i] == null ? zero(kind.fields().get(sums[i])) : b.sums[i]);
      }
      result.add(new Group(bean, b.members, b.largest(), b.allAmounts));
    });
    return result;
  }

  /** Adds exactly: decimals as BigDecimal, whole numbers failing loudly on overflow. */
  private static Object add(Object sum, Object value) {
    if (value == null) {
      return sum;
    }
    if (sum == null) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return ((BigDecimal) sum).add(d);
    }
    if (value instanceof Long l) {
      return Math.addExact((Long) sum, l);
    }
    return Math.addExact((Integer) sum, (Integer) value);
  }

  private static Object zero(FactField field) {
    return switch (field.type()) {
      case INT -> 0;
      case LONG -> 0L;
      default -> BigDecimal.ZERO;
    };
  }
}
