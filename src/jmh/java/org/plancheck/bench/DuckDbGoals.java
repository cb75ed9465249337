package org.plancheck.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DuckDB side of {@link VersusDuckDb}: {@link GoalsSql} run by DuckDB's JDBC driver in an
 * in-memory database over one fact-set folder. As a main it is the whole process that the
 * comparison times, in a fresh JVM whose class path holds only these classes and the driver:
 * it prints DuckDB's version, then one line per goal, {@code GOAL<tab>actual} ({@code null}
 * where the goal is unknown). Uses nothing of plancheck.
 */
public final class DuckDbGoals {
  /** The first line of the output, before DuckDB's version. */
  static final String VERSION_PREFIX = "# DuckDB ";

  private DuckDbGoals() {}

  /** Prints the goals of the fact-set folder given as the only argument; see the class comment. */
  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DuckDbGoals FACT-SET-FOLDER");
    }
    Result result = run(Path.of(args[0]));
    StringBuilder out = new StringBuilder(VERSION_PREFIX).append(result.version()).append('\n');
    result.actuals().forEach((goal, actual) ->
        out.append(goal).append('\t').append(actual == null ? "null" : actual.toPlainString()).append('\n'));
    System.out.print(out);
  }

  /** DuckDB's version, such as {@code v2.0.0}, and each goal's actual, in the query's order (null: unknown). */
  record Result(String version, Map<String, BigDecimal> actuals) {}

  /** Runs the goals over {@code folder} in a new in-memory database. */
  static Result run(Path folder) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
      String version;
      try (ResultSet row = sql.executeQuery("SELECT version()")) {
        row.next();
        version = row.getString(1);
      }
      for (String statement : GoalsSql.setup(folder)) {
        sql.execute(statement);
      }
      try (ResultSet row = sql.executeQuery(GoalsSql.QUERY)) {
        if (!row.next()) {
          throw new IllegalStateException("the goals query returned no row for " + folder);
        }
        ResultSetMetaData columns = row.getMetaData();
        Map<String, BigDecimal> actuals = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          String text = row.getString(i);
          actuals.put(columns.getColumnLabel(i), text == null ? null : plain(new BigDecimal(text)));
        }
        return new Result(version, actuals);
      }
    }
  }

  /** The same number written plainly, without trailing zeros: 1713482110000.000000 is 1713482110000. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
