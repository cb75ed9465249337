package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plancheck.Evidence;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.WholeAmounts;

/**
 * The evidence {@link GroupAccumulator} keeps of each group as facts come: its largest members
 * by amount, or, once a member lacks an amount, none of those but its members with the smallest
 * ids. A fact is made only of a member kept: most are turned away by one comparison with the
 * last kept.
 */
final class GroupEvidence {
  private final FactKind kind;
  private final int amount;
  private final int id;
  private final boolean amountsMayLack;
  private final List<TopFacts> largest = new ArrayList<>();
  private final List<TopFacts> smallestIds = new ArrayList<>();
  private boolean[] lacking = new boolean[16];

  GroupEvidence(FactKind kind) {
    this.kind = kind;
    this.amount = kind.amountIndex();
    this.id = kind.keyIndex();
    this.amountsMayLack = amount < 0 || !kind.fields().get(amount).required();
  }

  /** Makes room for group {@code g}, the next one. */
  void newGroup(int g) {
    if (g >= lacking.length) {
      lacking = Arrays.copyOf(lacking, lacking.length * 2);
    }
    largest.add(amountsMayLack && amount < 0 ? null : new TopFacts());
    smallestIds.add(amountsMayLack ? new TopFacts() : null);
  }

  boolean allAmounts(int g) {
    return !lacking[g];
  }

  List<Fact> largest(int g) {
    return lacking[g] ? List.of() : largest.get(g).list();
  }

  /** Returns group {@code g}'s members with the smallest ids, at most {@code n}. */
  List<Fact> smallestIds(int g, int n) {
    List<Fact> kept = smallestIds.get(g).list();
    return kept.subList(0, Math.min(n, kept.size()));
  }

  /**
   * Keeps the fact with {@code values}, its whole amounts in {@code wholes} (or null: see {@link
   * WholeAmounts}), read from {@code line}, if it ranks among group {@code g}'s evidence; {@code
   * made} is that fact when it was made already, else null. Returns the fact when it is made here
   * or was given, else null.
   */
  Fact add(int g, Object[] values, long[] wholes, int line, Fact made) {
    Fact fact = made;
    if (amountsMayLack) {
      TopFacts top = smallestIds.get(g);
      Fact last = top.lastOfFull(Evidence.SAMPLE_SIZE);
      // Turned away unless it ranks before the last kept, as TopFacts itself would.
      if (last == null || ((String) values[id]).compareTo(last.id()) < 0) {
        fact = fact != null ? fact : made(values, wholes, line);
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
        if (last == null || ranksBefore(values, wholes, last)) {
          fact = fact != null ? fact : made(values, wholes, line);
          top.add(fact, Outcomes.LARGEST_FIRST, Evidence.SAMPLE_SIZE);
        }
      }
    }
    return fact;
  }

  /**
   * Returns whether the fact with {@code values} ranks before {@code last} by {@link
   * Outcomes#LARGEST_FIRST}: a whole amount compared as a long with the last's, when that is
   * whole too, as most are.
   */
  private boolean ranksBefore(Object[] values, long[] wholes, Fact last) {
    BigDecimal lastAmount = last.amount();
    if (values[amount] == WholeAmounts.WHOLE && FactTable.Wholes.fitsLong(lastAmount)) {
      int byAmount = Long.compare(lastAmount.longValue(), wholes[amount]);
      return byAmount != 0 ? byAmount < 0 : ((String) values[id]).compareTo(last.id()) < 0;
    }
    BigDecimal value = (BigDecimal) WholeAmounts.value(values[amount], wholes, amount);
    return Outcomes.largestFirst(value, (String) values[id], lastAmount, last.id()) < 0;
  }

  private Fact made(Object[] values, long[] wholes, int line) {
    return new Fact(kind, WholeAmounts.decimals(values, wholes), line);
  }

  /**
   * Ranks group {@code from}'s evidence in {@code later}, kept from the part of the file after
   * this one's, into group {@code g}'s here, at lines {@code lineOffset} further down.
   */
  void merge(int g, GroupEvidence later, int from, int lineOffset) {
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
}
