package org.plancheck;

/**
 * How a goal not yet met is moving toward its target, after the Open SDG progress method:
 * the observed annual growth divided by the growth needed to meet the target on time.
 */
public enum TrajectoryClass {
  /** The ratio is at least 0.95: on course to meet the target by the deadline. */
  ON_TRACK,
  /** The ratio is from 0.6 to under 0.95: moving the right way, too slowly. */
  NEEDS_ACCELERATION,
  /** The ratio is from 0 to under 0.6: little movement toward the target. */
  LIMITED_PROGRESS,
  /** The ratio is below 0: moving away from the target. */
  DETERIORATING,
  /** Only one point in time: no growth can be observed. */
  INSUFFICIENT_DATA;

  /** The smallest ratio that is on track. */
  public static final double ON_TRACK_RATIO = 0.95;

  /** The smallest ratio that needs acceleration rather than counting as limited progress. */
  public static final double ACCELERATION_RATIO = 0.6;

  /** Returns the class of {@code ratio}, observed over needed growth. */
  public static TrajectoryClass ofRatio(double ratio) {
    if (ratio >= ON_TRACK_RATIO) {
      return ON_TRACK;
    }
    if (ratio >= ACCELERATION_RATIO) {
      return NEEDS_ACCELERATION;
    }
    return ratio >= 0 ? LIMITED_PROGRESS : DETERIORATING;
  }
}
