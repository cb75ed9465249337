package org.plancheck.sources;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.DatabaseOptions;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FieldType;
import org.plancheck.Limits;
import org.plancheck.facts.FactTable;

/**
 * Reads a fact set from a SQL database: each declared kind from the table or view of its name
 * ({@code -} read as {@code _}) or from the query {@link DatabaseOptions#queries()} gives for it,
 * a table that is not there leaving its kind absent, as a missing file does. Each row is checked
 * by {@link FactParsers} as a CSV row is; a problem is placed as {@code source:table[key]:
 * column: problem}.
 */
public final class SqlFactReader {
  // Rows the driver fetches at a time, so that a large table streams rather than loads whole.
  private static final int FETCH_SIZE = 1000;

  private final Connection connection;
  private final String source;
  private final FactSchema schema;
  private final DatabaseOptions options;
  private final Limits limits;
  private final Secrets secrets;

  private SqlFactReader(Connection connection, String source, FactSchema schema, DatabaseOptions options,
      Limits limits, Secrets secrets) {
    this.connection = connection;
    this.source = source;
    this.schema = schema;
    this.options = options;
    this.limits = limits;
    this.secrets = secrets;
  }

  /**
   * Reads the fact set over {@code connection}, which is neither closed nor changed; {@code
   * source} names the database in messages (never with a password), {@code secrets} are
   * scrubbed from the driver's messages.
   *
   * @throws FactFormatException at the first problem, naming table, row key and column
   */
  public static FactSet read(Connection connection, String source, FactSchema schema, DatabaseOptions options,
      Limits limits, Secrets secrets) {
    SqlFactReader reader = new SqlFactReader(connection, source, schema, options, limits, secrets);
    try {
      return reader.read();
    } catch (SQLException e) {
      throw reader.sqlError(source, "cannot read the database", e);
    }
  }

  private FactSet read() throws SQLException {
    for (String kind : options.queries().keySet()) {
      if (schema.kind(kind).isEmpty()) {
        throw new FactFormatException(source, 0, 0, null, "a query is given for '" + kind
            + "', which is no declared fact kind; the rules declare " + schema.names(), null);
      }
    }
    SqlTables tables = SqlTables.of(connection, options.schema(), source);
    FactSet.Builder facts = FactSet.builder(schema, SqlFactSetTable.read(this, tables));
    boolean any = false;
    for (FactKind kind : schema.kinds()) {
      String query = options.queries().get(kind.name());
      String table = query == null ? tables.find(kind.name().replace('-', '_'), source) : null;
      if (query != null || table != null) {
        String place = source + ":" + (query == null ? table : "query " + kind.name());
        facts.addRead(kind, facts(kind, query == null ? tables.selectAll(table) : query, place, query != null),
            new References.Origin(source, true));
        any = true;
      }
    }
    if (!any) {
      String where = tables.schema() == null ? "the database" : "schema " + tables.schema();
      throw new FactFormatException(source, 0, 0, null, "no fact tables in " + where + "; expected one or more of "
          + String.join(", ", schema.kinds().stream().map(k -> k.name().replace('-', '_')).toList()), null);
    }
    return facts.build();
  }

  /** Runs {@code sql} and calls {@code each} with its column labels and then each row. */
  <T> T query(String sql, String place, boolean userQuery, SqlRows<T> each) {
    try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      if (limits.maxRows() < Integer.MAX_VALUE) {
        // One row past the limit tells a table at the limit from one over it.
        statement.setMaxRows(limits.maxRows() + 1);
      }
      try (ResultSet rows = statement.executeQuery(sql)) {
        return each.read(rows);
      }
    } catch (SQLException e) {
      throw sqlError(place, userQuery ? "the query failed" : "cannot read the table", e);
    }
  }

  /** Reads a result set; may throw SQLException as JDBC does. */
  interface SqlRows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private List<Fact> facts(FactKind kind, String sql, String place, boolean userQuery) {
    return query(sql, place, userQuery, rows -> {
      FactField[] fields = fields(kind, rows.getMetaData(), place);
      FactTable.Builder table = new FactTable.Builder(kind);
      FactParsers parsers = new FactParsers();
      Map<Object, Integer> seen = new HashMap<>();
      int count = 0;
      while (rows.next()) {
        if (count++ == limits.maxRows()) {
          throw new FactFormatException(place, 0, 0, null, "more than " + limits.maxRows()
              + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(), null, Limits.Limit.MAX_ROWS);
        }
        Row row = row(kind, rows, fields, place, count);
        Fact fact = parsers.parse(kind, row);
        UniqueFacts.checkUnique(row, fact, seen, count, "row");
        table.add(fact);
      }
      return table.build();
    });
  }

  /** The current row, placed as {@code place[key]}, or {@code place[row N]} when it has no key. */
  private Row row(FactKind kind, ResultSet rows, FactField[] fields, String place, int count) throws SQLException {
    Map<String, Row.Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      cells.put(fields[i].name(), SqlValues.cell(rows, i + 1, fields[i]));
    }
    Row.Cell key = cells.get(kind.key().name());
    String id = key == null || key.text() == null ? "" : key.text().strip();
    boolean named = !id.isEmpty() && id.length() <= 100;
    String at = place + "[" + (named ? id : "row " + count) + "]";
    for (Map.Entry<String, Row.Cell> cell : cells.entrySet()) {
      if (SqlValues.length(cell.getValue()) > limits.maxFieldLength()) {
        throw new FactFormatException(at, 0, 0, cell.getKey(), "a value longer than the limit of "
            + limits.maxFieldLength() + " characters; raise it with " + Limits.Limit.MAX_FIELD_LENGTH.setting(),
            null, Limits.Limit.MAX_FIELD_LENGTH);
      }
    }
    return new Row(at, null, 0, 0, cells);
  }

  /**
   * Returns the declared field of each column, refusing a column no field reads, one read
   * twice, one whose type no field can hold, and a missing required column.
   */
  private static FactField[] fields(FactKind kind, ResultSetMetaData meta, String place) throws SQLException {
    FactField[] fields = new FactField[meta.getColumnCount()];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      String label = meta.getColumnLabel(i + 1);
      labels.add(label);
      FactField field = SqlValues.field(kind, label);
      if (field == null) {
        throw new FactFormatException(place, 0, 0, label, FactParsers.unknownField(kind, "column", label)
            + " (a view or query can leave other columns out)", null);
      }
      for (int j = 0; j < i; j++) {
        if (fields[j] == field) {
          throw new FactFormatException(place, 0, 0, label, "column '" + field.name() + "' appears twice", null);
        }
      }
      int type = meta.getColumnType(i + 1);
      if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
        throw new FactFormatException(place, 0, 0, label, "the column holds binary data ("
            + meta.getColumnTypeName(i + 1) + "); expected text, numbers, dates or true/false", null);
      }
      if (type == Types.ARRAY && field.type() != FieldType.WORDS) {
        throw new FactFormatException(place, 0, 0, label, "the column is an array ("
            + meta.getColumnTypeName(i + 1) + "); only a set of words, such as designations, may be one", null);
      }
      fields[i] = field;
    }
    for (String required : kind.requiredColumnNames()) {
      if (java.util.Arrays.stream(fields).noneMatch(f -> f.name().equals(required))) {
        throw new FactFormatException(place, 0, 0, required, "missing required column '" + required
            + "'; the " + (place.contains(":query ") ? "query gives " : "table has ") + String.join(", ", labels), null);
      }
    }
    return fields;
  }

  /** Returns the located error for a failed statement, the driver's words with no secret in them. */
  FactFormatException sqlError(String place, String what, SQLException e) {
    String message = secrets.scrub(String.valueOf(e.getMessage()));
    // The driver's exception is kept only when no secret could be in it or its causes.
    Throwable cause = message.equals(String.valueOf(e.getMessage())) && secrets.none() ? e : null;
    return new FactFormatException(place, 0, 0, null, what + ": " + message.strip(), cause);
  }

  String source() {
    return source;
  }

  DatabaseOptions options() {
    return options;
  }

  Connection connection() {
    return connection;
  }
}
