package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.FieldType;
import org.plancheck.GroupKind;
import org.plancheck.facts.FactTable;

/**
 * Groups the facts of a kind into beans of a group type. Reads the table by column: the key
 * fields' codes are combined into one group number per row, then one pass counts, sums and
 * keeps each group's largest members. Groups come in the order their first member appears.
 * {@link StreamedKind} makes the same groups from facts as they are read.
 */
public final class Groups {
  private Groups() {}

  /**
   * One group: its bean, how many members it has, and whether every member has an amount to
   * be ranked by. Its members and its largest members are made into facts only when asked for.
   */
  public static final class Group {
    private final Object bean;
    private final Grouping grouping;
    private final int index;
    private final int size;
    private final boolean allAmounts;

    Group(Object bean, Grouping grouping, int index, int size, boolean allAmounts) {
      this.bean = bean;
      this.grouping = grouping;
      this.index = index;
      this.size = size;
      this.allAmounts = allAmounts;
    }

    /** Returns the rule-engine bean that stands for the group. */
    public Object bean() {
      return bean;
    }

    /** Returns how many facts the group holds. */
    public int size() {
      return size;
    }

    /** Returns whether every member has an amount, so that {@link #largest} ranks them all. */
    public boolean allAmounts() {
      return allAmounts;
    }

    /** Returns the members in fact-set order; reads the table, or the file, again. */
    public List<Fact> members() {
      return grouping.members(List.of(this)).get(0);
    }

    /**
     * Returns the members with the largest amounts, at most {@link Evidence#SAMPLE_SIZE},
     * largest first (ties by id); meaningful when {@link #allAmounts}.
     */
    public List<Fact> largest() {
      return grouping.largest(index);
    }

    Grouping grouping() {
      return grouping;
    }

    int index() {
      return index;
    }
  }

  /** What the groups of one call share: where their members are found again. */
  abstract static class Grouping {
    /** Returns the members of each of {@code groups} (all of this grouping), in one pass. */
    abstract List<List<Fact>> members(List<Group> groups);

    /**
     * Returns, for each of {@code groups}, its {@code n} members with the smallest ids,
     * smallest first, in one pass: evidence for groups whose members cannot all be ranked by
     * amount, without making every member a fact.
     */
    abstract List<List<Fact>> smallestIds(List<Group> groups, int n);

    /** Returns group number {@code g}'s largest members, largest first. */
    abstract List<Fact> largest(int g);

    /** Returns, for each of {@code count} group numbers, its position in {@code groups}, or -1. */
    static int[] slots(List<Group> groups, int count) {
      int[] slot = new int[count];
      Arrays.fill(slot, -1);
      for (int i = 0; i < groups.size(); i++) {
        slot[groups.get(i).index] = i;
      }
      return slot;
    }
  }

  /** Returns the groups of {@code facts} under {@code group}'s key fields, filled into beans. */
  public static List<Group> of(GroupKind group, List<Fact> facts, Beans beans) {
    FactKind kind = group.member();
    FactTable table = FactTable.of(kind, facts);
    int[] keys = group.keys().stream().mapToInt(kind::index).toArray();
    GroupCodes codes = GroupCodes.of(table, keys);
    Ranking ranking = new Ranking(table, codes);
    TableGrouping grouping = new TableGrouping(table, codes.groupOfRow(), codes.count(), ranking);
    FactType type = beans.typeOf(group);
    GroupSums sums = GroupSums.of(table, group, type, codes);
    Filler filler = new Filler(group, type);
    List<Group> result = new ArrayList<>(codes.count());
    Object[] key = new Object[keys.length];
    for (int g = 0; g < codes.count(); g++) {
      int first = codes.firstRow()[g];
      for (int i = 0; i < keys.length; i++) {
        key[i] = table.value(first, keys[i]);
      }
      Object bean = filler.bean(key, codes.sizes()[g]);
      sums.fill(bean, g);
      result.add(new Group(bean, grouping, g, codes.sizes()[g], ranking.allAmounts(g)));
    }
    return result;
  }

  /** Makes a group's bean and sets its key fields and count; setters are looked up once. */
  static final class Filler {
    private final GroupKind group;
    private final FactType type;
    private final FactField[] keySetters;
    private final FactField countSetter;

    Filler(GroupKind group, FactType type) {
      this.group = group;
      this.type = type;
      // Looked up once, not by name for each of a million groups of one.
      this.keySetters = group.keys().stream().map(type::getField).toArray(FactField[]::new);
      this.countSetter = group.count() == null ? null : type.getField(group.count());
    }

    Object bean(Object[] key, int size) {
      Object bean = Beans.newInstance(type);
      for (int i = 0; i < keySetters.length; i++) {
        if (key[i] != null) {
          keySetters[i].set(bean, key[i]);
        }
      }
      if (countSetter != null) {
        countSetter.set(bean, group.countType() == FieldType.LONG ? (Object) (long) size : (Object) size);
      }
      return bean;
    }
  }
}
