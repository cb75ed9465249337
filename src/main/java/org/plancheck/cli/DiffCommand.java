package org.plancheck.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plancheck.Goal;
import org.plancheck.report.Quantities;
import org.plancheck.report.TerminalText;
import org.plancheck.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck diff}: how goals moved between two JSON reports. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two JSON reports (from evaluate --format json): which goals changed "
        + "status, and how their actual values and gaps moved, amounts written as evaluate writes "
        + "them. Shows only the goals that changed unless --all. Exits 1 when a goal that was MET "
        + "no longer is.")
final class DiffCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @Mixin private LangOption lang;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report.")
  private Path newer;

  @Option(names = "--all", description = "List every goal, the unchanged ones too.")
  private boolean all;

  @Override
  public Integer call() {
    Map<String, JsonNode> before;
    Map<String, JsonNode> after;
    try {
      before = goals(older);
      after = goals(newer);
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(TerminalText.escapeKeepingLines(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(lang.lang.columns("diff.columns"));
    boolean regressed = false;
    long changed = 0;
    int unchanged = 0;
    for (Map.Entry<String, JsonNode> goal : after.entrySet()) {
      JsonNode was = before.get(goal.getKey());
      JsonNode now = goal.getValue();
      String oldStatus = was == null ? null : was.get("status").asText();
      String newStatus = now.get("status").asText();
      regressed |= "MET".equals(oldStatus) && !newStatus.equals("MET");
      changed += newStatus.equals(oldStatus) ? 0 : 1;
      if (all || !newStatus.equals(oldStatus) || moved(was, now, "actual") || moved(was, now, "gap")) {
        rows.add(new String[] {goal.getKey(), move(oldStatus, newStatus),
            change(was, now, "actual"), change(was, now, "gap")});
      } else {
        unchanged++;
      }
    }
    for (String id : before.keySet()) {
      if (!after.containsKey(id)) {
        rows.add(new String[] {id, lang.lang.status(before.get(id).get("status").asText()) + " -> "
            + lang.lang.word("diff.gone"), "", ""});
        changed++;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (rows.size() > 1) {
      out.print(TextTable.render(rows));
    }
    if (unchanged > 0) {
      out.println(lang.lang.say("diff.unchanged", lang.lang.count(unchanged, "goal")));
    }
    out.println(lang.lang.say("diff.changed", lang.lang.count(changed, "goal"))
        + (regressed ? lang.lang.word("diff.regressed") : ""));
    return regressed ? ExitCodes.NOT_PASSED : ExitCodes.PASSED;
  }

  /**
   * The report reader, held apart so that it is built on first use: picocli creates every
   * command when the command line is set up, and a mapper built with this class would load
   * Jackson databind (some 300 classes) for every command, though only diff reads JSON.
   */
  private static final class Reports {
    /** Numbers are read as exact decimals from their text: a double would lose 0.000001 and 1e309. */
    static final ObjectMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .build();
  }

  /** The widest scale accepted: enough for any report, small enough to subtract and print. */
  private static final int MAX_SCALE = 1000;

  private static Map<String, JsonNode> goals(Path file) throws IOException {
    JsonNode report;
    try {
      report = Reports.JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not a JSON report: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new IOException(file + ": cannot read: " + e.getMessage(), e);
    }
    JsonNode goals = report == null ? null : report.get("goals");
    if (goals == null || !goals.isArray()) {
      throw new IllegalArgumentException(file + ": not a plancheck report: it has no \"goals\" array");
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (int i = 0; i < goals.size(); i++) {
      JsonNode goal = goals.get(i);
      String where = file + ": goals[" + i + "]";
      if (!goal.isObject() || !goal.path("id").isTextual() || !goal.path("status").isTextual()) {
        throw new IllegalArgumentException(where + ": a goal needs a text \"id\" and \"status\"");
      }
      JsonNode scope = goal.path("scope");
      if (!scope.isMissingNode() && !scope.isNull() && !scope.isTextual()) {
        throw new IllegalArgumentException(where + ": \"scope\" is text or null");
      }
      String label = Goal.label(goal.get("id").asText(), scope.isTextual() ? scope.asText() : null);
      where += " (" + label + ")";
      for (String field : new String[] {"actual", "gap"}) {
        checkNumber(where, field, goal.path(field));
      }
      if (byId.put(label, goal) != null) {
        throw new IllegalArgumentException(where + ": the goal is listed twice");
      }
    }
    return byId;
  }

  private static void checkNumber(String where, String field, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be a number or null, got " + value);
    }
    if (Math.abs(value.decimalValue().scale()) > MAX_SCALE) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" is out of range, got " + value.asText());
    }
  }

  /** Returns "MET" or "MISSED -> MET" in words; {@code from} is null for a new goal. */
  private String move(String from, String to) {
    String was = from == null ? lang.lang.word("diff.new") : lang.lang.status(from);
    return to.equals(from) ? lang.lang.status(to) : was + " -> " + lang.lang.status(to);
  }

  private static BigDecimal number(JsonNode goal, String field) {
    return goal == null || !goal.path(field).isNumber() ? null : goal.path(field).decimalValue();
  }

  /** Returns whether {@code field} differs between the two entries (a new goal has moved). */
  private static boolean moved(JsonNode was, JsonNode now, String field) {
    BigDecimal b = number(was, field);
    BigDecimal a = number(now, field);
    return was == null || (a == null ? b != null : b == null || a.compareTo(b) != 0);
  }

  /**
   * Returns how {@code field} moved, amounts as evaluate writes them ("~1.71 trillion") when the
   * report gives the goal's unit. A change too small to show so is written exactly, so that no
   * move reads as none.
   */
  private String change(JsonNode was, JsonNode now, String field) {
    String unit = now.path("unit").isTextual() ? now.path("unit").asText() : null;
    BigDecimal b = number(was, field);
    BigDecimal a = number(now, field);
    if (b == null || a == null) {
      return show(b, unit) + " -> " + show(a, unit);
    }
    BigDecimal delta = a.subtract(b);
    if (delta.signum() == 0) {
      return show(a, unit);
    }
    String shownDelta = show(delta.abs(), unit);
    String mark = Quantities.roundedMark(lang.lang);
    if (shownDelta.matches(java.util.regex.Pattern.quote(mark) + "?0(\\.0+)?")) {
      shownDelta = delta.abs().toPlainString();
    }
    // The sign after the mark of rounding: "~+19.33 billion".
    String sign = delta.signum() > 0 ? "+" : "-";
    shownDelta = shownDelta.startsWith(mark) ? mark + sign + shownDelta.substring(mark.length()) : sign + shownDelta;
    return show(b, unit) + " -> " + show(a, unit) + " (" + shownDelta + ")";
  }

  private String show(BigDecimal value, String unit) {
    return value == null ? "-" : unit == null ? value.toPlainString() : Quantities.format(value, unit, lang.lang);
  }
}
