package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import org.plancheck.Evidence;
import org.plancheck.facts.FactTable;

/**
 * Each group's largest members by amount, at most {@link Evidence#SAMPLE_SIZE}, found in one
 * pass over the table with longs where the amounts are whole: evidence ranks these few per
 * group instead of every member. Ties rank by id, as {@link Outcomes#LARGEST_FIRST} does.
 */
final class Ranking {
  private static final int[] NONE = new int[0];

  private final FactTable table;
  private final FactTable.Wholes amounts;
  private final int[][] top;
  private final int[] kept;
  private final boolean[] missing;

  Ranking(FactTable table, GroupCodes codes) {
    this.table = table;
    int amount = table.kind().amountIndex();
    this.amounts = amount < 0 ? null : table.wholes(amount);
    this.top = new int[codes.count()][];
    this.kept = new int[codes.count()];
    this.missing = new boolean[codes.count()];
    int[] groupOf = codes.groupOfRow();
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (amounts == null || !amounts.isWhole(row) && amounts.decimal(row) == null) {
        missing[g] = true;
      } else if (!missing[g]) {
        keep(g, row, codes.sizes()[g]);
      }
    }
  }

  /** Returns whether every member of group {@code g} has an amount. */
  boolean allAmounts(int g) {
    return !missing[g];
  }

  /** Returns group {@code g}'s largest rows, largest first; none when some member lacks an amount. */
  int[] top(int g) {
    if (missing[g] || top[g] == null) {
      return NONE;
    }
    return kept[g] == top[g].length ? top[g] : Arrays.copyOf(top[g], kept[g]);
  }

  /** Inserts {@code row} into group {@code g}'s top, kept sorted largest first. */
  private void keep(int g, int row, int groupSize) {
    int[] rows = top[g];
    if (rows == null) {
      rows = new int[Math.min(groupSize, Evidence.SAMPLE_SIZE)];
      top[g] = rows;
    }
    int n = kept[g];
    // Most rows of a large group rank below its last kept one: one comparison turns them away.
    if (n == rows.length && !before(row, rows[n - 1])) {
      return;
    }
    int at = n == rows.length ? n - 1 : n;
    while (at > 0 && before(row, rows[at - 1])) {
      rows[at] = rows[at - 1];
      at--;
    }
    rows[at] = row;
    kept[g] = Math.min(n + 1, rows.length);
  }

  /** Returns whether row {@code a} ranks before row {@code b}: larger amount, then smaller id. */
  private boolean before(int a, int b) {
    int byAmount;
    if (amounts.isWhole(a) && amounts.isWhole(b)) {
      byAmount = Long.compare(amounts.whole(b), amounts.whole(a));
    } else {
      BigDecimal x = amounts.decimal(a);
      BigDecimal y = amounts.decimal(b);
      byAmount = y.compareTo(x);
    }
    return byAmount != 0 ? byAmount < 0 : table.id(a).compareTo(table.id(b)) < 0;
  }
}
