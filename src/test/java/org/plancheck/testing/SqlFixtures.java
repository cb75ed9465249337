package org.plancheck.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FactSet;

/**
 * Loads a fact set into a database as plancheck reads one: a table per kind the set holds, made
 * from the kind's declaration (numeric, integer, bigint, boolean, date, text, text[] for a set of
 * words), its facts inserted in batches, and a {@code factset} table with its name, date and region.
 */
public final class SqlFixtures {
  private SqlFixtures() {}

  /** Loads {@code facts} over {@code connection}. */
  public static void load(Connection connection, FactSet facts) throws SQLException {
    for (String name : facts.kinds()) {
      FactKind kind = facts.schema().kind(name).orElseThrow();
      List<FactField> columns = kind.columns();
      String table = name.replace('-', '_');
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE " + table + " (" + columns.stream()
            .map(f -> f.name() + " " + sqlType(f)).collect(Collectors.joining(", ")) + ")");
      }
      String insert = "INSERT INTO " + table + " VALUES (" + columns.stream().map(f -> "?")
          .collect(Collectors.joining(", ")) + ")";
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        for (Fact fact : facts.facts(name)) {
          for (int i = 0; i < columns.size(); i++) {
            set(connection, statement, i + 1, columns.get(i), fact.get(columns.get(i).name()));
          }
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE factset (name text, as_of date, region text)");
    }
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO factset VALUES (?, ?, ?)")) {
      statement.setString(1, facts.info().name());
      statement.setObject(2, facts.info().asOf());
      statement.setString(3, facts.info().region());
      statement.executeUpdate();
    }
  }

  /** Returns the SQL type of {@code field}'s column. */
  public static String sqlType(FactField field) {
    return switch (field.type()) {
      case TEXT -> "text";
      case DECIMAL -> "numeric";
      case INT -> "integer";
      case LONG -> "bigint";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case WORDS -> "text[]";
    };
  }

  private static void set(Connection connection, PreparedStatement statement, int index, FactField field, Object value)
      throws SQLException {
    if (value == null) {
      // Of no stated type: the server takes the column's.
      statement.setNull(index, Types.OTHER);
    } else if (value instanceof Collection<?> words) {
      statement.setArray(index, connection.createArrayOf("text", words.toArray()));
    } else {
      statement.setObject(index, value);
    }
  }
}
