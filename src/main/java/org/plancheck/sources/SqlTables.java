package org.plancheck.sources;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.plancheck.FactFormatException;

/**
 * The tables and views of one database schema, found through the driver's metadata, and the
 * SQL that reads one of them. A kind's table is found by its exact name, or else by the one
 * name that differs only in case (a table created as {@code "Enterprises"}).
 */
final class SqlTables {
  private final String schema;
  private final String quote;
  // By exact name; the schema each lives in, for a connection that has no current schema.
  private final Map<String, List<String>> tables = new LinkedHashMap<>();

  private SqlTables(String schema, String quote) {
    this.schema = schema;
    this.quote = quote;
  }

  /**
   * Lists the tables and views of {@code schema}, or of the connection's current schema when
   * null; a schema named but not in the database is an error at {@code source}.
   */
  static SqlTables of(Connection connection, String schema, String source) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String quote = meta.getIdentifierQuoteString();
    String in = schema != null ? schema : connection.getSchema();
    if (schema != null && !schemas(meta).contains(schema)) {
      throw new FactFormatException(source, 0, 0, null, "no schema '" + schema + "' in the database; it has "
          + String.join(", ", schemas(meta)), null);
    }
    SqlTables found = new SqlTables(in, quote == null || quote.isBlank() ? "" : quote.strip());
    String escape = meta.getSearchStringEscape();
    try (ResultSet rows = meta.getTables(connection.getCatalog(), in == null ? null : pattern(in, escape), "%", null)) {
      while (rows.next()) {
        String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
        // Tables, views, materialized, foreign and partitioned tables; not the indexes,
        // sequences and types some drivers list beside them, nor the system catalogue.
        if (type.contains("INDEX") || type.contains("SEQUENCE") || type.contains("TYPE")
            || type.contains("TOAST") || type.contains("SYSTEM")) {
          continue;
        }
        found.tables.computeIfAbsent(rows.getString("TABLE_NAME"), t -> new ArrayList<>())
            .add(rows.getString("TABLE_SCHEM"));
      }
    }
    return found;
  }

  private static TreeSet<String> schemas(DatabaseMetaData meta) throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    try (ResultSet rows = meta.getSchemas()) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_SCHEM"));
      }
    }
    return names;
  }

  /** A metadata pattern matching {@code name} exactly: {@code _} and {@code %} are wildcards there. */
  private static String pattern(String name, String escape) {
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }

  /** Returns the schema read, or null when the connection names none. */
  String schema() {
    return schema;
  }

  /**
   * Returns the name of the table called {@code name}, exactly or but for case; null when there
   * is none. A name held by two tables alike but for case, or in two schemas, is an error.
   */
  String find(String name, String source) {
    List<String> matches = tables.containsKey(name) ? List.of(name)
        : tables.keySet().stream().filter(t -> t.equalsIgnoreCase(name)).toList();
    if (matches.size() > 1) {
      throw new FactFormatException(source, 0, 0, null, "tables " + String.join(" and ", matches)
          + " differ only in case; rename one so that " + name + " is read from one table", null);
    }
    if (matches.isEmpty()) {
      return null;
    }
    List<String> schemas = tables.get(matches.get(0));
    if (schemas.size() > 1) {
      throw new FactFormatException(source, 0, 0, null, "a table " + matches.get(0) + " is in several schemas ("
          + String.join(", ", schemas) + "); name the schema to read", null);
    }
    return matches.get(0);
  }

  /** Returns the query that reads every row of table {@code name}, its names quoted. */
  String selectAll(String name) {
    List<String> schemas = tables.get(name);
    String in = schema != null ? schema : schemas.get(0);
    return "SELECT * FROM " + (in == null ? "" : quoted(in) + ".") + quoted(name);
  }

  private String quoted(String identifier) {
    return quote.isEmpty() ? identifier : quote + identifier.replace(quote, quote + quote) + quote;
  }
}
