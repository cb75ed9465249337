package org.plancheck.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.FactKind;
import org.plancheck.FactSet;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactSchema;
import org.plancheck.Limits;
import org.plancheck.FactSetInfo;

/**
 * Reads the JSON forms: a whole fact set in one file, or a folder's {@code factset.json} that
 * describes it. Streams the document so every problem carries its line and column.
 */
public final class JsonFactReader {
  private static final List<String> INFO_FIELDS = List.of("name", "asOf", "region");

  private final String file;
  private final JsonParser json;
  private final Limits limits;
  private final FactSchema schema;
  private final Map<String, String> info = new HashMap<>();
  private final FactParsers parsers = new FactParsers();

  private JsonFactReader(String file, JsonParser json, FactSchema schema, Limits limits) {
    this.file = file;
    this.schema = schema;
    this.json = json;
    this.limits = limits;
  }

  /** A parser factory that enforces the nesting and field-length limits while it reads. */
  private static JsonFactory factory(Limits limits) {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(TextFiles.constraints(limits))
        .build();
  }

  /** Reads a single-file fact set; a missing kind is absent, an empty array present. */
  public static FactSet readFactSet(Path file, FactSchema schema, String defaultName, Limits limits) {
    return parse(file, schema, true, defaultName, limits);
  }

  /** Reads a folder's {@code factset.json}, which holds only name, asOf and region. */
  public static FactSetInfo readInfo(Path file, String defaultName, Limits limits) {
    return parse(file, FactSchema.EMPTY, false, defaultName, limits).info();
  }

  /** Reads a single-file fact set from {@code reader}; {@code file} names it in messages. */
  public static FactSet readFactSet(String file, Reader reader, FactSchema schema, String defaultName, Limits limits) {
    try (JsonParser json = factory(limits).createParser(reader)) {
      return read(file, json, schema, true, defaultName, limits);
    } catch (JsonProcessingException e) {
      throw TextFiles.syntaxError(file, e, "JSON");
    } catch (IOException e) {
      throw new FactFormatException(file, 0, 0, null, "cannot read the stream: " + e.getMessage(), e);
    }
  }

  private static FactSet parse(Path file, FactSchema schema, boolean withFacts, String defaultName, Limits limits) {
    try (Reader reader = TextFiles.open(file, limits);
        JsonParser json = factory(limits).createParser(reader)) {
      return read(file.toString(), json, schema, withFacts, defaultName, limits);
    } catch (JsonProcessingException e) {
      throw TextFiles.syntaxError(file, e, "JSON");
    } catch (IOException e) {
      throw TextFiles.ioError(file, e);
    }
  }

  /** Reads the document, placing a limit Jackson enforces where the parser stopped. */
  private static FactSet read(String file, JsonParser json, FactSchema schema, boolean withFacts, String defaultName,
      Limits limits) throws IOException {
    try {
      return new JsonFactReader(file, json, schema, limits).document(withFacts, defaultName);
    } catch (StreamConstraintsException e) {
      throw TextFiles.limitError(file, json.currentLocation(), e);
    }
  }

  private FactSet document(boolean withFacts, String defaultName) throws IOException {
    expect(json.nextToken(), JsonToken.START_OBJECT, null, "a JSON object");
    Map<FactKind, List<Fact>> byKind = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = name(null);
      FactKind kind = withFacts ? kind(field) : null;
      if (!INFO_FIELDS.contains(field) && kind == null) {
        throw at(field, "unknown field '" + field + "'; allowed: " + String.join(", ", allowed(withFacts)));
      }
      JsonToken value = json.nextToken();
      if (kind == null) {
        info.put(field, scalar(value, field));
      } else {
        byKind.put(kind, facts(kind, value));
      }
    }
    expect(json.nextToken(), null, null, "the end of the document");
    FactSet.Builder facts = FactSet.builder(schema, info(defaultName));
    for (Map.Entry<FactKind, List<Fact>> entry : byKind.entrySet()) {
      facts.addRead(entry.getKey(), entry.getValue(), new References.Origin(file, true));
    }
    return facts.build();
  }

  private List<String> allowed(boolean withFacts) {
    List<String> allowed = new ArrayList<>(INFO_FIELDS);
    if (withFacts) {
      schema.kinds().forEach(k -> allowed.add(k.name()));
    }
    return allowed;
  }

  private FactSetInfo info(String defaultName) {
    String name = info.getOrDefault("name", null);
    String asOf = info.get("asOf");
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new FactFormatException(file, 0, 0, "asOf",
            "expected a date like 2025-12-31, got '" + asOf + "'", e);
      }
    }
    return new FactSetInfo(name == null || name.isBlank() ? defaultName : name, date, info.get("region"));
  }

  private List<Fact> facts(FactKind kind, JsonToken value) throws IOException {
    expect(value, JsonToken.START_ARRAY, kind.name(), "an array of " + kind.name());
    List<Fact> facts = new ArrayList<>();
    Map<Object, Integer> ids = new HashMap<>();
    JsonToken token;
    while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
      String path = kind.name() + "[" + facts.size() + "]";
      if (facts.size() == limits.maxRows()) {
        throw at(path, "more than " + limits.maxRows() + " " + kind.name() + "; raise the limit with "
            + Limits.Limit.MAX_ROWS.setting(), Limits.Limit.MAX_ROWS);
      }
      expect(token, JsonToken.START_OBJECT, path, "an object");
      Row row = row(kind, path);
      Fact fact = parsers.parse(kind, row);
      UniqueFacts.checkUnique(row, fact, ids);
      facts.add(fact);
    }
    return facts;
  }

  private Row row(FactKind kind, String path) throws IOException {
    JsonLocation start = json.currentTokenLocation();
    Map<String, Row.Cell> cells = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = name(path);
      if (!kind.columnNames().contains(field)) {
        throw at(path + "." + field, FactParsers.unknownField(kind, "field", field));
      }
      JsonToken value = json.nextToken();
      JsonLocation at = json.currentTokenLocation();
      List<String> items = value == JsonToken.START_ARRAY ? items(path + "." + field) : null;
      String text = items == null ? scalar(value, path + "." + field) : null;
      cells.put(field, new Row.Cell(text, items, line(at), at.getColumnNr()));
    }
    return new Row(file, path, line(start), start.getColumnNr(), cells);
  }

  private List<String> items(String path) throws IOException {
    List<String> items = new ArrayList<>();
    JsonToken token;
    while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
      expect(token, JsonToken.VALUE_STRING, path, "a list of strings");
      items.add(text(path));
    }
    return items;
  }

  /** Returns a scalar's text as written (so numbers stay exact), or null for JSON null. */
  private String scalar(JsonToken token, String path) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == null || !token.isScalarValue()) {
      throw at(path, "expected a single value (text, number or true/false), got " + describe(token));
    }
    // The parser itself refuses a value over the field-length limit (TextFiles.constraints).
    return text(path);
  }

  /** Returns the current field name, refused before any message could echo a lone surrogate. */
  private String name(String path) throws IOException {
    String name = json.currentName();
    if (TextFiles.loneSurrogate(name) >= 0) {
      throw at(path, "a field name holds a lone surrogate escape (such as \\ud800), which is not text");
    }
    return name;
  }

  /** Returns the current token's text, refusing a lone surrogate: no report could be written with it. */
  private String text(String path) throws IOException {
    String text = json.getText();
    if (TextFiles.loneSurrogate(text) >= 0) {
      throw at(path, "a lone surrogate escape (such as \\ud800) is not text; write the character itself");
    }
    return text;
  }

  private FactKind kind(String field) {
    return schema.kind(field).orElse(null);
  }

  private void expect(JsonToken actual, JsonToken expected, String path, String what) {
    if (actual != expected) {
      throw at(path, "expected " + what + ", got " + describe(actual));
    }
  }

  private FactFormatException at(String path, String problem) {
    return at(path, problem, null);
  }

  private FactFormatException at(String path, String problem, Limits.Limit limit) {
    JsonLocation where = json.currentTokenLocation();
    return new FactFormatException(file, line(where), where.getColumnNr(), path, problem, null, limit);
  }

  private static int line(JsonLocation location) {
    return Math.max(location.getLineNr(), 1);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}
