package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
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
    private final int[] top;
    private final boolean allAmounts;

    Group(Object bean, Grouping grouping, int index, int size, int[] top, boolean allAmounts) {
      this.bean = bean;
      this.grouping = grouping;
      this.index = index;
      this.size = size;
      this.top = top;
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

    /** Returns the members in fact-set order; reads the table again. */
    public List<Fact> members() {
      return grouping.members(List.of(this)).get(0);
    }

    /**
     * Returns the members with the largest amounts, at most {@link Evidence#SAMPLE_SIZE},
     * largest first (ties by id); meaningful when {@link #allAmounts}.
     */
    public List<Fact> largest() {
      List<Fact> facts = new ArrayList<>(top.length);
      for (int row : top) {
        facts.add(grouping.table.get(row));
      }
      return facts;
    }

    Grouping grouping() {
      return grouping;
    }

    int index() {
      return index;
    }
  }

  /** What the groups of one call share: the table, and the group of each of its rows. */
  static final class Grouping {
    final FactTable table;
    final int[] groupOfRow;
    final int count;

    Grouping(FactTable table, int[] groupOfRow, int count) {
      this.table = table;
      this.groupOfRow = groupOfRow;
      this.count = count;
    }

    /** Returns the members of each of {@code groups} (all of this grouping), in one pass. */
    List<List<Fact>> members(List<Group> groups) {
      int[] slot = slots(groups);
      List<List<Fact>> members = new ArrayList<>(groups.size());
      groups.forEach(g -> members.add(new ArrayList<>(g.size)));
      for (int row = 0; row < groupOfRow.length; row++) {
        int s = slot[groupOfRow[row]];
        if (s >= 0) {
          members.get(s).add(table.get(row));
        }
      }
      return members;
    }

    /**
     * Returns, for each of {@code groups}, its {@code n} members with the smallest ids,
     * smallest first, in one pass: evidence for groups whose members cannot all be ranked by
     * amount, without making every member a fact.
     */
    List<List<Fact>> smallestIds(List<Group> groups, int n) {
      int[] slot = slots(groups);
      List<TreeMap<String, Integer>> kept = new ArrayList<>(groups.size());
      groups.forEach(g -> kept.add(new TreeMap<>()));
      for (int row = 0; row < groupOfRow.length; row++) {
        int s = slot[groupOfRow[row]];
        if (s >= 0) {
          TreeMap<String, Integer> rows = kept.get(s);
          rows.put(table.id(row), row);
          if (rows.size() > n) {
            rows.pollLastEntry();
          }
        }
      }
      List<List<Fact>> smallest = new ArrayList<>(groups.size());
      kept.forEach(rows -> smallest.add(rows.values().stream().map(table::get).toList()));
      return smallest;
    }

    /** Returns, for each group number, its position in {@code groups}, or -1. */
    private int[] slots(List<Group> groups) {
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
    Grouping grouping = new Grouping(table, codes.groupOfRow(), codes.count());
    Ranking ranking = new Ranking(table, codes);
    FactType type = beans.typeOf(group);
    GroupSums sums = new GroupSums(table, group, type, codes);
    // Setters looked up once, not by name for each of a million groups of one.
    FactField[] keySetters =
        group.keys().stream().map(type::getField).toArray(FactField[]::new);
    FactField countSetter = group.count() == null ? null : type.getField(group.count());
    List<Group> result = new ArrayList<>(codes.count());
    for (int g = 0; g < codes.count(); g++) {
      Object bean = Beans.newInstance(type);
      int first = codes.firstRow()[g];
      for (int i = 0; i < keys.length; i++) {
        Object value = table.value(first, keys[i]);
        if (value != null) {
          keySetters[i].set(bean, value);
        }
      }
      int size = codes.sizes()[g];
      if (countSetter != null) {
        countSetter.set(bean, group.countType() == FieldType.LONG ? (Object) (long) size : (Object) size);
      }
      sums.fill(bean, g);
      result.add(new Group(bean, grouping, g, size, ranking.top(g), ranking.allAmounts(g)));
    }
    return result;
  }
}
