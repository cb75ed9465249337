package org.plancheck;

/** The outcome of one goal on one fact set. */
public enum Status {
  /** The measured value satisfies the goal's comparator and target. */
  MET,
  /** The measured value does not satisfy the goal's comparator and target. */
  MISSED,
  /** The fact set lacks the data the goal needs, or the rule produced no result. */
  UNKNOWN
}
