package org.plancheck.facts;

/**
 * A sink whose facts may be taken in parts, each by a sink of its own on its own thread, and
 * joined after: what a reader that reads the two halves of a large file at once needs ({@code
 * CsvHalves}). Joined in file order, the parts leave this sink as if it had taken every fact
 * itself, one after the other.
 */
public interface SplittableSink extends FactSink {
  /**
   * Returns whether the parts joined are exactly what this sink would make of the facts one by
   * one; when not, a reader gives it every fact itself.
   */
  boolean splittable();

  /** Returns a new, empty sink for one part, to be {@link #join joined} into this one. */
  SplittableSink part();

  /**
   * Adds what {@code part}, made by {@link #part}, took, as if its facts had come after those
   * taken so far, from lines {@code lineOffset} further down than {@code part} was told.
   */
  void join(SplittableSink part, int lineOffset);
}
