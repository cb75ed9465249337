package org.plancheck.tester;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plancheck.sources.TextFiles;
import org.plancheck.TestCase;
import org.plancheck.TestCases;
import org.plancheck.FactFormatException;
import org.plancheck.TrajectoryClass;
import org.plancheck.Limits;
import org.plancheck.Status;

/**
 * Reads a case folder's {@code expected.json}: {@code {"description", "factSet", "goals":
 * {"ID": {"status", "actual"}}}}, {@code {"description", "factSet", "error"}}, or for a series
 * {@code {"description", "trajectories": {"ID": "CLASS"}, "snapshots": {"2023": {"ID[scope]":
 * {"status", "actual"}}}}}.
 */
public final class ExpectedJsonReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Path file;
  private final JsonParser json;

  private ExpectedJsonReader(Path file, JsonParser json) {
    this.file = file;
    this.json = json;
  }

  public static TestCase read(Path folder) {
    Path file = folder.resolve(TestCases.EXPECTED);
    try (Reader reader = TextFiles.open(file, Limits.DEFAULT);
        JsonParser json = FACTORY.createParser(reader)) {
      return new ExpectedJsonReader(file, json).document(folder);
    } catch (JsonProcessingException e) {
      throw TextFiles.syntaxError(file, e, "JSON");
    } catch (IOException e) {
      throw TextFiles.ioError(file, e);
    }
  }

  private TestCase document(Path folder) throws IOException {
    expect(json.nextToken() == JsonToken.START_OBJECT, null, "expected a JSON object");
    String description = "";
    Path factSet = folder;
    String error = null;
    Map<String, TestCase.Expectation> goals = new LinkedHashMap<>();
    Map<String, TrajectoryClass> trajectories = new LinkedHashMap<>();
    Map<String, Map<String, TestCase.Expectation>> snapshots = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "description" -> description = text(value, field);
        case "factSet" -> factSet = folder.resolve(text(value, field));
        case "error" -> error = text(value, field);
        case "goals" -> goals(value, "goals", goals);
        case "trajectories" -> trajectories(value, trajectories);
        case "snapshots" -> snapshots(value, snapshots);
        default -> throw at(field, "unknown field '" + field
            + "'; allowed: description, factSet, goals, error, trajectories, snapshots");
      }
    }
    boolean series = !trajectories.isEmpty() || !snapshots.isEmpty();
    int kinds = (goals.isEmpty() ? 0 : 1) + (error == null ? 0 : 1) + (series ? 1 : 0);
    expect(kinds == 1, null, "a case states one of \"goals\", \"error\" or a series' \"trajectories\""
        + " and \"snapshots\" (not empty)");
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    return new TestCase(name, folder, factSet, description, goals, error, trajectories, snapshots);
  }

  private void snapshots(JsonToken value, Map<String, Map<String, TestCase.Expectation>> snapshots) throws IOException {
    expect(value == JsonToken.START_OBJECT, "snapshots", "expected an object of fact-set names");
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      Map<String, TestCase.Expectation> goals = new LinkedHashMap<>();
      goals(json.nextToken(), "snapshots." + name, goals);
      expect(!goals.isEmpty(), "snapshots." + name, "a snapshot states at least one goal");
      snapshots.put(name, goals);
    }
  }

  private void trajectories(JsonToken value, Map<String, TrajectoryClass> trajectories) throws IOException {
    expect(value == JsonToken.START_OBJECT, "trajectories", "expected an object of goal ids");
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String id = json.currentName();
      String text = text(json.nextToken(), "trajectories." + id);
      TrajectoryClass c = Arrays.stream(TrajectoryClass.values()).filter(t -> t.name().equals(text)).findFirst()
          .orElseThrow(() -> at("trajectories." + id, "expected one of "
              + Arrays.toString(TrajectoryClass.values()) + ", got '" + text + "'"));
      trajectories.put(id, c);
    }
  }

  private void goals(JsonToken value, String at, Map<String, TestCase.Expectation> goals) throws IOException {
    expect(value == JsonToken.START_OBJECT, at, "expected an object of goal ids");
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String id = json.currentName();
      String path = at + "." + id;
      expect(json.nextToken() == JsonToken.START_OBJECT, path, "expected {\"status\": ..., \"actual\": ...}");
      Status status = null;
      BigDecimal actual = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken token = json.nextToken();
        if (field.equals("status")) {
          status = status(text(token, path + ".status"), path + ".status");
        } else if (field.equals("actual")) {
          actual = actual(token, path + ".actual");
        } else {
          throw at(path + "." + field, "unknown field '" + field + "'; allowed: status, actual");
        }
      }
      expect(status != null, path, "a goal's expectation needs a \"status\"");
      goals.put(id, new TestCase.Expectation(status, actual));
    }
  }

  private Status status(String text, String path) {
    return Arrays.stream(Status.values()).filter(s -> s.name().equals(text)).findFirst()
        .orElseThrow(() -> at(path, "expected one of " + Arrays.toString(Status.values()) + ", got '" + text + "'"));
  }

  private BigDecimal actual(JsonToken token, String path) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(token.isNumeric() || token == JsonToken.VALUE_STRING, path, "expected a number");
    try {
      return new BigDecimal(json.getText().strip());
    } catch (NumberFormatException e) {
      throw at(path, "expected a number, got '" + json.getText() + "'");
    }
  }

  private String text(JsonToken token, String path) throws IOException {
    expect(token == JsonToken.VALUE_STRING, path, "expected a string");
    return json.getText();
  }

  private void expect(boolean ok, String path, String problem) {
    if (!ok) {
      throw at(path, problem);
    }
  }

  private FactFormatException at(String path, String problem) {
    JsonLocation where = json.currentTokenLocation();
    return new FactFormatException(file, Math.max(where.getLineNr(), 1), where.getColumnNr(), path, problem, null);
  }
}
