package org.plancheck;

/** The outcome of one goal on one fact set. */
public enum Status {
  /**
   * The measured value satisfies the goal's comparator and the target due (the final target
   * when none is due yet).
   */
  MET,
  /** The measured value does not satisfy the goal's comparator and the target due. */
  MISSED,
  /**
   * None of the goal's targets is due yet at the fact set's {@code asOf}, and the final target
   * is not reached yet; it does not fail a run.
   */
  PENDING,
  /** The fact set lacks the data the goal needs, or the rule produced no result. */
  UNKNOWN;

  /** Returns whether this status lets a run pass: MET, or PENDING (not due yet). */
  public boolean passes() {
    return this == MET || this == PENDING;
  }
}
