package org.plancheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

  /** Returns {@code report} as the JSON document {@code evaluate --format json} prints. */
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

  /**
   * Returns {@code document} (maps, lists, strings, numbers, dates, records) as indented JSON
   * ending in a line feed: the form of every other JSON document plancheck writes (the batch
   * report, its manifest, the goal catalogue, test results), so that they all read alike.
   */
  public static String document(Object document) {
    try {
      return Documents.JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a document of plain values always serializes", e);
    }
  }

  /** Returns {@code json}, a document this class wrote, as a tree to embed in another document. */
  static JsonNode tree(String json) {
    try {
      return Documents.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report's own JSON always parses", e);
    }
  }

  /**
   * The mapper of {@link #document}, made on first use: Jackson databind is some 300 classes,
   * which {@code evaluate} with its table never needs.
   */
  private static final class Documents {
    static final ObjectMapper JSON = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .addModule(new JavaTimeModule())
        .build();
  }
}
