package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.plancheck.Fact;
import org.plancheck.facts.FactTable;

/** Groups of a table held in memory: the group of each row, and each group's largest rows. */
final class TableGrouping extends Groups.Grouping {
  private final FactTable table;
  private final int[] groupOfRow;
  private final int count;
  private final Ranking ranking;

  TableGrouping(FactTable table, int[] groupOfRow, int count, Ranking ranking) {
    this.table = table;
    this.groupOfRow = groupOfRow;
    this.count = count;
    this.ranking = ranking;
  }

  @Override
  List<List<Fact>> members(List<Groups.Group> groups) {
    int[] slot = slots(groups, count);
    List<List<Fact>> members = new ArrayList<>(groups.size());
    groups.forEach(g -> members.add(new ArrayList<>(g.size())));
    for (int row = 0; row < groupOfRow.length; row++) {
      int s = slot[groupOfRow[row]];
      if (s >= 0) {
        members.get(s).add(table.get(row));
      }
    }
    return members;
  }

  @Override
  List<List<Fact>> smallestIds(List<Groups.Group> groups, int n) {
    int[] slot = slots(groups, count);
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

  @Override
  List<Fact> largest(int g) {
    int[] top = ranking.top(g);
    List<Fact> facts = new ArrayList<>(top.length);
    for (int row : top) {
      facts.add(table.get(row));
    }
    return facts;
  }
}
