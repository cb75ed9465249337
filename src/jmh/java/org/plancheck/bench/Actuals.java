package org.plancheck.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Goal actuals as each side reports them, read back and compared exactly: plancheck's from its
 * JSON report, DuckDB's from {@link DuckDbGoals}'s output. A null actual is an unknown goal.
 */
final class Actuals {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Actuals() {}

  /** Each goal's actual in a report written by {@code plancheck evaluate --format json}. */
  static Map<String, BigDecimal> fromReport(String json) {
    try {
      Map<String, BigDecimal> actuals = new LinkedHashMap<>();
      for (JsonNode goal : JSON.readTree(json).required("goals")) {
        JsonNode actual = goal.required("actual");
        actuals.put(goal.required("id").asText(), actual.isNull() ? null : DuckDbGoals.plain(actual.decimalValue()));
      }
      return actuals;
    } catch (IOException e) {
      throw new UncheckedIOException("plancheck's report is not the JSON expected", e);
    }
  }

  /** Each goal's actual in the output of {@link DuckDbGoals#main}; the version line is skipped. */
  static Map<String, BigDecimal> fromDuckDb(String output) {
    Map<String, BigDecimal> actuals = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.isBlank() || line.startsWith(DuckDbGoals.VERSION_PREFIX)) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("unexpected line from DuckDbGoals: " + line);
      }
      actuals.put(parts[0], parts[1].equals("null") ? null : new BigDecimal(parts[1]));
    }
    return actuals;
  }

  /** DuckDB's version from the first line of {@link DuckDbGoals#main}'s output. */
  static String duckDbVersion(String output) {
    return output.startsWith(DuckDbGoals.VERSION_PREFIX)
        ? output.substring(DuckDbGoals.VERSION_PREFIX.length(), output.indexOf('\n')).trim() : "unknown";
  }

  /**
   * Every difference between the two, one sentence each: a goal only one side has, or an actual
   * that is not the same number (1.50 and 1.5 are the same; null only equals null).
   */
  static List<String> differences(Map<String, BigDecimal> plancheck, Map<String, BigDecimal> duckDb) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> goals = new TreeSet<>(plancheck.keySet());
    goals.addAll(duckDb.keySet());
    for (String goal : goals) {
      if (!plancheck.containsKey(goal)) {
        differences.add(goal + ": DuckDB computes it, plancheck's rules have no such goal");
      } else if (!duckDb.containsKey(goal)) {
        differences.add(goal + ": plancheck reports it, the SQL does not compute it");
      } else if (!same(plancheck.get(goal), duckDb.get(goal))) {
        differences.add(goal + ": plancheck " + text(plancheck.get(goal)) + ", DuckDB " + text(duckDb.get(goal)));
      }
    }
    return differences;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
  }

  private static String text(BigDecimal value) {
    return value == null ? "null (unknown)" : value.toPlainString();
  }
}
