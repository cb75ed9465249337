package org.plancheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.plancheck.Report;
import org.plancheck.FactSetInfo;
import org.plancheck.GoalResult;
import org.plancheck.Summary;
import org.plancheck.Goal;

/** Writes a {@link Report} as JSON, field by field, so the order and names never drift. */
public final class ReportJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final Separators SEPARATORS =
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);

  private ReportJson() {}

  public static String write(Report report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(SEPARATORS);
      pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      writeFactSet(json, report.factSet());
      json.writeStringField("rules", report.rules());
      json.writeArrayFieldStart("goals");
      for (GoalResult goal : report.goals()) {
        writeGoal(json, goal);
      }
      json.writeEndArray();
      writeSummary(json, report.summary());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return out.toString().replace(System.lineSeparator(), "\n") + "\n";
  }

  private static void writeFactSet(JsonGenerator json, FactSetInfo info) throws IOException {
    json.writeObjectFieldStart("factSet");
    json.writeStringField("name", info.name());
    json.writeStringField("asOf", info.asOf() == null ? null : info.asOf().toString());
    json.writeStringField("region", info.region());
    json.writeEndObject();
  }

  private static void writeGoal(JsonGenerator json, GoalResult result) throws IOException {
    Goal goal = result.goal();
    json.writeStartObject();
    json.writeStringField("id", goal.id());
    json.writeStringField("plan", goal.plan());
    json.writeStringField("title", goal.title());
    json.writeStringField("scope", result.scope());
    json.writeStringField("status", result.status().name());
    json.writeStringField("comparator", goal.comparison().symbol());
    writeNumber(json, "target", result.target());
    json.writeStringField("targetDate", result.targetDate().toString());
    writeNumber(json, "actual", result.actual());
    json.writeStringField("unit", goal.unit());
    writeNumber(json, "gap", result.gap());
    writeNumber(json, "progress", result.progress());
    json.writeStringField("deadline", goal.deadline().toString());
    json.writeStringField("source", goal.source());
    json.writeStringField("reason", result.reason());
    json.writeObjectFieldStart("evidence");
    json.writeNumberField("count", result.evidence().count());
    json.writeArrayFieldStart("sample");
    for (String id : result.evidence().sample()) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeNumber(JsonGenerator json, String name, BigDecimal value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("total", summary.total());
    json.writeNumberField("met", summary.met());
    json.writeNumberField("missed", summary.missed());
    json.writeNumberField("pending", summary.pending());
    json.writeNumberField("unknown", summary.unknown());
    json.writeEndObject();
  }
}
