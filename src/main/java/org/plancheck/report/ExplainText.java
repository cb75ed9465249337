package org.plancheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FieldType;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.Status;

/** Explains a goal result in sentences an analyst can check against the plan, in {@code --lang}. */
public final class ExplainText {
  private static final int SHOWN = 10;

  private ExplainText() {}

  /** Returns how {@code r} was reached: target, actual, gap, evidence; every counted fact when {@code all}. */
  public static String render(GoalResult r, boolean all, Lang lang) {
    Goal g = r.goal();
    StringBuilder text = new StringBuilder();
    text.append(lang.say("explain.header", r.label(), lang.title(g), g.plan(), g.deadline())).append('\n');
    if (!lang.source(g).isEmpty()) {
      text.append(lang.say("explain.plan", lang.source(g))).append('\n');
    }
    boolean milestone = !r.targetDate().equals(g.deadline());
    text.append(lang.say(milestone ? "explain.goalDue" : "explain.goal", lang.comparator(g.comparison()),
        Quantities.withUnit(r.target(), g.unit(), lang), g.comparison().symbol(), r.target().toPlainString(),
        r.targetDate())).append('\n').append(milestones(r, lang)).append('\n');
    if (r.status() == Status.UNKNOWN) {
      return TerminalText.escapeKeepingLines(text.append(lang.say("explain.unknown", lang.reason(r))).append('\n').toString());
    }
    text.append(verdict(r, lang)).append("\n\n");
    text.append(lang.say("explain.measured", g.rule(), g.file(), g.line(), r.evidence().count(),
        kind(r.counted(), lang), measure(r, lang))).append('\n').append(g.conditions()).append("\n\n");
    return TerminalText.escapeKeepingLines(text.append(counted(r, all, lang)).toString());
  }

  private static String verdict(GoalResult r, Lang lang) {
    Goal g = r.goal();
    String status = lang.status(r.status());
    String actual = Quantities.withUnit(r.actual(), g.unit(), lang);
    if (r.status() == Status.MET) {
      return lang.say("explain.met", status, actual, r.actual().toPlainString(), progress(r, lang));
    }
    return lang.say(r.status() == Status.PENDING ? "explain.pending" : "explain.missed", status, actual,
        r.actual().toPlainString(), progress(r, lang), Quantities.exceeding(r, Quantities.withUnit(r.gap(), g.unit(), lang), lang),
        Quantities.exceeding(r, r.gap().toPlainString(), lang), r.targetDate());
  }

  /** Lists a goal's dated targets and says which one applies: a milestone, the final one, or none yet. */
  private static String milestones(GoalResult r, Lang lang) {
    Goal g = r.goal();
    if (g.milestones().isEmpty()) {
      return "";
    }
    String list = g.targets().stream()
        .map(m -> lang.say("explain.dated", Quantities.withUnit(m.target(), g.unit(), lang), m.date()))
        .reduce((a, b) -> lang.say("list.pair", a, b)).orElseThrow();
    String which = r.status() == Status.PENDING ? lang.word("explain.dueNone")
        : r.targetDate().equals(g.deadline()) ? lang.word("explain.dueFinal")
        : lang.say("explain.dueMilestone", r.targetDate());
    return lang.say("explain.targets", list, which) + "\n";
  }

  private static String progress(GoalResult r, Lang lang) {
    if (r.progress() == null) {
      return lang.word("explain.noShare");
    }
    // Progress is kept to 4 decimals: mark it when that rounded (99.9999% is not 100%).
    boolean rounded = r.progress().multiply(r.target()).compareTo(r.actual()) != 0;
    String percent = Quantities.percent(r.progress());
    return rounded ? lang.say("amount.rounded", percent) : percent;
  }

  /** Says what the measure is, recognising a sum of amounts or a count of the counted facts. */
  private static String measure(GoalResult r, Lang lang) {
    List<Fact> facts = r.counted();
    if (!facts.isEmpty() && facts.stream().allMatch(f -> f.amount() != null)) {
      BigDecimal sum = facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(r.actual()) == 0) {
        return lang.say("explain.sum", facts.get(0).kind().amount().orElseThrow().name());
      }
    }
    if (r.actual().compareTo(BigDecimal.valueOf(facts.size())) == 0) {
      return lang.word("explain.howMany");
    }
    return lang.word("explain.computed");
  }

  private static String kind(List<Fact> facts, Lang lang) {
    if (facts.isEmpty()) {
      return lang.word("explain.facts");
    }
    FactKind kind = facts.get(0).kind();
    return facts.size() == 1 ? kind.type().toLowerCase(java.util.Locale.ROOT) : kind.name();
  }

  private static String counted(GoalResult r, boolean all, Lang lang) {
    List<Fact> ranked = r.countedLargestFirst();
    if (ranked.isEmpty()) {
      return lang.word("explain.noneCounted") + "\n";
    }
    List<Fact> shown = all ? ranked : ranked.subList(0, Math.min(SHOWN, ranked.size()));
    StringBuilder text = new StringBuilder(shown.size() == ranked.size()
        ? lang.say("explain.counted", ranked.size())
        : lang.say("explain.countedSome", shown.size(), ranked.size())).append('\n');
    List<FactField> columns = columns(shown.get(0).kind());
    List<String[]> rows = new ArrayList<>();
    rows.add(columns.stream().map(f -> f.name().toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new));
    for (Fact f : shown) {
      rows.add(columns.stream().map(c -> cell(f, c, lang)).toArray(String[]::new));
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

  private static String cell(Fact fact, FactField field, Lang lang) {
    Object value = fact.get(field.name());
    if (field.amount() && value instanceof BigDecimal amount) {
      return Quantities.withUnit(amount, Goal.YUAN, lang);
    }
    return value == null ? "" : value.toString();
  }
}
