package org.plancheck.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FieldType;
import org.plancheck.Goal;
import org.plancheck.Milestone;
import org.plancheck.GoalResult;
import org.plancheck.Status;

/** Explains a goal result in sentences an analyst can check against the plan. */
final class ExplainText {
  private static final int SHOWN = 10;

  private ExplainText() {}

  static String render(GoalResult r, boolean all) {
    Goal g = r.goal();
    StringBuilder text = new StringBuilder();
    text.append(r.label()).append(": ").append(g.title()).append(" (").append(g.plan())
        .append(", due ").append(g.deadline()).append(")\n");
    if (!g.source().isEmpty()) {
      text.append("The plan: ").append(g.source()).append('\n');
    }
    text.append("The goal: ").append(wanted(r)).append(".\n");
    text.append(milestones(r)).append('\n');
    if (r.status() == Status.UNKNOWN) {
      return TerminalText.escapeKeepingLines(text.append("Status: UNKNOWN. The goal ").append(r.reason())
          .append(". Add that data to the fact set to decide it.\n").toString());
    }
    text.append("Status: ").append(r.status()).append(". ").append(verdict(r)).append("\n\n");
    text.append("How it was measured: rule \"").append(g.rule()).append("\" (").append(g.file())
        .append(':').append(g.line()).append(") counted ").append(r.evidence().count())
        .append(' ').append(kind(r.counted())).append("; ").append(measure(r)).append(". Its conditions:\n")
        .append(g.conditions()).append("\n\n");
    return TerminalText.escapeKeepingLines(text.append(counted(r, all)).toString());
  }

  private static String wanted(GoalResult r) {
    Goal g = r.goal();
    return "the measure must be " + g.comparison().inWords() + " "
        + Quantities.withUnit(r.target(), g.unit()) + " (" + g.comparison().symbol() + " "
        + r.target().toPlainString() + ")" + (r.targetDate().equals(g.deadline()) ? "" : " by " + r.targetDate());
  }

  /** Says which dated target applies: a milestone, the final one, or none due yet. */
  private static String milestones(GoalResult r) {
    Goal g = r.goal();
    if (g.milestones().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("Its targets: ");
    for (Milestone m : g.targets()) {
      text.append(m == g.targets().get(0) ? "" : ", ").append(Quantities.withUnit(m.target(), g.unit()))
          .append(" by ").append(m.date());
    }
    if (r.status() == Status.PENDING) {
      return text.append("; none is due yet, so the final one is shown.\n").toString();
    }
    boolean last = r.targetDate().equals(g.deadline());
    return text.append("; ").append(last ? "the final target" : "the milestone of " + r.targetDate())
        .append(" is the latest one due.\n").toString();
  }

  private static String verdict(GoalResult r) {
    Goal g = r.goal();
    String actual = "It is " + Quantities.withUnit(r.actual(), g.unit()) + " (" + r.actual().toPlainString()
        + "), " + progress(r) + " of the target";
    if (r.status() == Status.MET) {
      return actual + ", so the goal is met.";
    }
    String more = Quantities.gapWords(r);
    return actual + ", so " + more + Quantities.withUnit(r.gap(), g.unit()) + " (" + more + r.gap().toPlainString()
        + ") is still needed" + (r.status() == Status.PENDING ? " by " + r.targetDate() + "; it is not due yet." : ".");
  }

  private static String progress(GoalResult r) {
    if (r.progress() == null) {
      return "no share";
    }
    // Progress is kept to 4 decimals: mark it when that rounded (99.9999% is not 100%).
    boolean rounded = r.progress().multiply(r.target()).compareTo(r.actual()) != 0;
    return (rounded ? "~" : "") + Quantities.percent(r.progress());
  }

  /** Says what the measure is, recognising a sum of amounts or a count of the counted facts. */
  private static String measure(GoalResult r) {
    List<Fact> facts = r.counted();
    if (!facts.isEmpty() && facts.stream().allMatch(f -> f.amount() != null)) {
      BigDecimal sum = facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(r.actual()) == 0) {
        return "the measure is the sum of their " + facts.get(0).kind().amount().orElseThrow().name();
      }
    }
    if (r.actual().compareTo(BigDecimal.valueOf(facts.size())) == 0) {
      return "the measure is how many they are";
    }
    return "the measure is computed from them as the conditions below say (for example, how many distinct fields or segments they cover)";
  }

  private static String kind(List<Fact> facts) {
    if (facts.isEmpty()) {
      return "facts";
    }
    FactKind kind = facts.get(0).kind();
    return facts.size() == 1 ? kind.type().toLowerCase(java.util.Locale.ROOT) : kind.name();
  }

  private static String counted(GoalResult r, boolean all) {
    List<Fact> ranked = r.countedLargestFirst();
    if (ranked.isEmpty()) {
      return "No fact counted toward this goal.\n";
    }
    List<Fact> shown = all ? ranked : ranked.subList(0, Math.min(SHOWN, ranked.size()));
    StringBuilder text = new StringBuilder(shown.size() == ranked.size()
        ? "The facts that counted (" + ranked.size() + "):\n"
        : "The facts that counted, " + shown.size() + " of " + ranked.size() + " (--all lists every one):\n");
    List<FactField> columns = columns(shown.get(0).kind());
    List<String[]> rows = new ArrayList<>();
    rows.add(columns.stream().map(f -> f.name().toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new));
    for (Fact f : shown) {
      rows.add(columns.stream().map(c -> cell(f, c)).toArray(String[]::new));
    }
    TextTable.render(rows).lines().forEach(line -> text.append("  ").append(line).append('\n'));
    return text.toString();
  }

  /** What a reader checks first: the id, the name, the words that classify it, its amount. */
  private static List<FactField> columns(FactKind kind) {
    List<FactField> columns = new ArrayList<>();
    columns.add(kind.key());
    kind.field("name").filter(f -> !f.key()).ifPresent(columns::add);
    for (FactField f : kind.fields()) {
      if (f.type() == FieldType.TEXT && !f.words().isEmpty()) {
        columns.add(f);
      }
    }
    kind.amount().ifPresent(columns::add);
    return columns;
  }

  private static String cell(Fact fact, FactField field) {
    Object value = fact.get(field.name());
    if (field.amount() && value instanceof BigDecimal amount) {
      return Quantities.withUnit(amount, Goal.YUAN);
    }
    return value == null ? "" : value.toString();
  }
}
