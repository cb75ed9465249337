package org.plancheck;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A test case: a fact set and what evaluating it must give, read from a folder's
 * {@code expected.json} by {@link TestCases#load}.
 *
 * @param name the case's name: its folder's name
 * @param folder the case folder
 * @param factSet the fact set to evaluate: the folder itself, or a file named in expected.json
 * @param description what the case shows, in a sentence
 * @param goals per goal label (the id, or "ID[scope]" for one scope of a goal with {@code
 *     @scopes}), the expected outcome; empty for an error or series case
 * @param error for an error case, the exact error message (its file relative to the folder)
 * @param trajectories for a series case (a folder of dated fact sets), per goal label the
 *     expected trajectory class; empty otherwise
 * @param snapshots for a series case, per fact set of the series (its folder or file name),
 *     per goal label the expected outcome; empty otherwise
 */
public record TestCase(
    String name,
    Path folder,
    Path factSet,
    String description,
    Map<String, Expectation> goals,
    String error,
    Map<String, TrajectoryClass> trajectories,
    Map<String, Map<String, Expectation>> snapshots) {

  /**
   * The expected outcome of one goal.
   *
   * @param status the expected status
   * @param actual the expected actual value, or null when the case does not check it
   */
  public record Expectation(Status status, BigDecimal actual) {
    /** Requires a status. */
    public Expectation {
      Objects.requireNonNull(status, "status");
    }
  }

  /** Returns whether the case is a series: a folder of dated fact sets, with trajectories or snapshots. */
  public boolean isSeries() {
    return !trajectories.isEmpty() || !snapshots.isEmpty();
  }

  /** Copies the maps, keeping their order; requires exactly one kind of expectation. */
  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(factSet, "factSet");
    goals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(goals));
    trajectories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trajectories));
    Map<String, Map<String, Expectation>> copied = new LinkedHashMap<>();
    snapshots.forEach((k, v) -> copied.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    snapshots = java.util.Collections.unmodifiableMap(copied);
    boolean series = !trajectories.isEmpty() || !snapshots.isEmpty();
    int kinds = (goals.isEmpty() ? 0 : 1) + (error == null ? 0 : 1) + (series ? 1 : 0);
    if (kinds != 1) {
      throw new IllegalArgumentException(name
          + ": a case expects goal outcomes, an error, or a series' trajectories and snapshots: one of them");
    }
  }
}
