package org.plancheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck diff}: how goals moved between two JSON reports. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two JSON reports (from evaluate --format json): which goals changed "
        + "status, and how their actual values and gaps moved. Exits 1 when a goal that was MET "
        + "no longer is.")
final class DiffCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report.")
  private Path newer;

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
    rows.add(new String[] {"GOAL", "STATUS", "ACTUAL", "GAP"});
    boolean regressed = false;
    for (Map.Entry<String, JsonNode> goal : after.entrySet()) {
      JsonNode was = before.get(goal.getKey());
      JsonNode now = goal.getValue();
      String oldStatus = was == null ? "(new)" : was.get("status").asText();
      regressed |= oldStatus.equals("MET") && !now.get("status").asText().equals("MET");
      rows.add(new String[] {goal.getKey(), move(oldStatus, now.get("status").asText()),
          change(was, now, "actual"), change(was, now, "gap")});
    }
    before.keySet().stream().filter(id -> !after.containsKey(id))
        .forEach(id -> rows.add(new String[] {id, before.get(id).get("status").asText() + " -> (gone)", "", ""}));
    spec.commandLine().getOut().print(TextTable.render(rows));
    long changed = rows.stream().skip(1).filter(r -> r[1].contains("->")).count();
    spec.commandLine().getOut().println(Words.count(changed, "goal") + " changed status"
        + (regressed ? "; some goal that was MET no longer is" : ""));
    return regressed ? ExitCodes.NOT_ALL_MET : ExitCodes.ALL_MET;
  }

  private static Map<String, JsonNode> goals(Path file) throws IOException {
    JsonNode report;
    try {
      report = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not a JSON report: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IOException(file + ": cannot read: " + e.getMessage(), e);
    }
    JsonNode goals = report == null ? null : report.get("goals");
    if (goals == null || !goals.isArray()) {
      throw new IllegalArgumentException(file + ": not a plancheck report: it has no \"goals\" array");
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    goals.forEach(g -> byId.put(g.path("id").asText(), g));
    return byId;
  }

  private static String move(String from, String to) {
    return from.equals(to) ? to : from + " -> " + to;
  }

  private static String change(JsonNode was, JsonNode now, String field) {
    BigDecimal b = was == null || was.path(field).isNull() ? null : was.path(field).decimalValue();
    BigDecimal a = now.path(field).isNull() ? null : now.path(field).decimalValue();
    if (b == null || a == null) {
      return (b == null ? "-" : b.toPlainString()) + " -> " + (a == null ? "-" : a.toPlainString());
    }
    BigDecimal delta = a.subtract(b);
    return delta.signum() == 0 ? a.toPlainString()
        : b.toPlainString() + " -> " + a.toPlainString() + " (" + (delta.signum() > 0 ? "+" : "") + delta.toPlainString() + ")";
  }
}
