package org.plancheck;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes trajectories: reports of one region at different {@code asOf} dates form a series,
 * and each goal (each goal and scope) whose final target is not reached before its deadline is
 * classed by observed over needed growth.
 *
 * <p>Growth is compound annual growth from the first value, (latest / first)^(1/years) - 1,
 * against (target / first)^(1/years to its date) - 1, where the target is the next one due
 * after the latest date: the next milestone, or the final target. When the first value is zero
 * it is the plain annual change instead. A goal whose latest result MISSED a milestone is
 * never ON_TRACK: it is behind the plan's own schedule, so it reads NEEDS_ACCELERATION at
 * best. Reports without a date are left out of every series.
 */
public final class Trajectories {
  private static final double DAYS_PER_YEAR = 365.25;
  private static final MathContext FOUR = new MathContext(4);

  private Trajectories() {}

  /** The region name given to fact sets that state none. */
  public static final String NO_REGION = "(no region)";

  /** Returns the series a fact set belongs to: its region, or {@link #NO_REGION}. */
  public static String regionOf(FactSetInfo info) {
    return Objects.requireNonNullElse(info.region(), NO_REGION);
  }

  /**
   * Returns the trajectories of every goal (and scope) whose final target is not reached at
   * its series' latest date and whose deadline is after that date, series by series, goals in
   * report order.
   */
  public static List<Trajectory> of(List<Report> reports) {
    Map<String, List<Report>> series = new TreeMap<>();
    for (Report report : reports) {
      if (report.factSet().asOf() != null) {
        String region = regionOf(report.factSet());
        series.computeIfAbsent(region, r -> new ArrayList<>()).add(report);
      }
    }
    List<Trajectory> trajectories = new ArrayList<>();
    series.forEach((region, members) -> {
      members.sort(Comparator.comparing((Report r) -> r.factSet().asOf()));
      for (GoalResult goal : members.get(members.size() - 1).goals()) {
        trajectory(region, goal.goal(), goal.scope(), members).ifPresent(trajectories::add);
      }
    });
    return trajectories;
  }

  private static Optional<Trajectory> trajectory(String region, Goal goal, String scope, List<Report> members) {
    Map<LocalDate, GoalResult> points = new LinkedHashMap<>();
    for (Report r : members) {
      r.goal(goal.id(), scope).filter(g -> g.status() != Status.UNKNOWN)
          .ifPresent(g -> points.put(r.factSet().asOf(), g));
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> dates = new ArrayList<>(points.keySet());
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    GoalResult latest = points.get(last);
    if (goal.comparison().holds(latest.actual(), goal.target()) || !last.isBefore(goal.deadline())) {
      return Optional.empty();
    }
    Milestone next = goal.nextAfter(last);
    if (dates.size() < 2) {
      return Optional.of(new Trajectory(region, goal.id(), scope, TrajectoryClass.INSUFFICIENT_DATA,
          1, first, last, null, null, next.date(), null));
    }
    double x0 = points.get(first).actual().doubleValue();
    double xt = latest.actual().doubleValue();
    double target = next.target().doubleValue();
    // Compound growth needs positive values throughout; otherwise both use plain change.
    boolean compound = x0 > 0 && xt > 0 && target > 0;
    double observed = growth(compound, x0, xt, years(first, last));
    double needed = growth(compound, x0, target, years(first, next.date()));
    double ratio = ratio(observed, needed);
    TrajectoryClass c = TrajectoryClass.ofRatio(ratio);
    if (c == TrajectoryClass.ON_TRACK && latest.status() == Status.MISSED) {
      c = TrajectoryClass.NEEDS_ACCELERATION;
    }
    return Optional.of(new Trajectory(region, goal.id(), scope, c, dates.size(), first, last,
        decimal(observed), decimal(needed), next.date(), decimal(ratio)));
  }

  /** Compound annual growth rate, or plain annual change. */
  static double growth(boolean compound, double from, double to, double years) {
    return compound ? Math.pow(to / from, 1 / years) - 1 : (to - from) / years;
  }

  /** Observed over needed; when nothing more is needed, any move the right way is on track. */
  static double ratio(double observed, double needed) {
    if (needed == 0) {
      return observed == 0 ? 0 : Math.signum(observed) * Double.MAX_VALUE;
    }
    return observed / needed;
  }

  private static double years(LocalDate from, LocalDate to) {
    return Math.max(ChronoUnit.DAYS.between(from, to), 1) / DAYS_PER_YEAR;
  }

  private static BigDecimal decimal(double value) {
    double bounded = Math.max(Math.min(value, 1e12), -1e12);
    return new BigDecimal(bounded).round(FOUR).stripTrailingZeros();
  }
}
