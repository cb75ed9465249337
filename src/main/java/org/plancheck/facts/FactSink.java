package org.plancheck.facts;

import java.util.function.Consumer;
import org.plancheck.Fact;
import org.plancheck.FactKind;

/**
 * Takes the facts of one kind as a reader reads them. A reader that has a fact's values in an
 * array of its own gives the array itself, so that a sink keeping few of the facts it is given
 * (groups that keep only their evidence, a table that stores by column) makes a {@link Fact}
 * only of those it keeps: a register read into groups then makes no object per row.
 */
public interface FactSink extends Consumer<Fact> {
  /**
   * Takes one fact of {@code kind}, its values in the kind's field order, read from {@code line}
   * (0 when it has none). The array stays the reader's: it is valid during the call only, and
   * {@code new Fact(kind, values, line)}, which copies it, keeps the fact. By default that is
   * what is given to {@link #accept(Object)}.
   */
  default void accept(FactKind kind, Object[] values, int line) {
    accept(new Fact(kind, values, line));
  }

  /**
   * Takes one fact as {@link #accept(FactKind, Object[], int)} does, with its whole amounts as
   * longs: where {@code values} holds {@link WholeAmounts#WHOLE}, the amount is the long at the
   * same index of {@code wholes}. Both arrays stay the reader's. By default the amounts are made
   * BigDecimals and the values given to {@link #accept(FactKind, Object[], int)}.
   */
  default void accept(FactKind kind, Object[] values, long[] wholes, int line) {
    accept(kind, WholeAmounts.decimals(values, wholes), line);
  }
}
