package org.plancheck.sources;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.plancheck.DatabaseOptions;
import org.plancheck.FactFormatException;
import org.plancheck.FactSetInfo;

/**
 * The optional {@code factset} table of a database fact set, the twin of a folder's {@code
 * factset.json}: one row with columns {@code name}, {@code as_of} (or {@code asOf}, which
 * PostgreSQL folds to {@code asof}) and {@code region}, each optional. The database's own name
 * names the fact set when the table does not; {@link DatabaseOptions#asOf()} and {@link
 * DatabaseOptions#region()} override the table's.
 */
final class SqlFactSetTable {
  /** The table's name. */
  static final String NAME = "factset";

  private SqlFactSetTable() {}

  static FactSetInfo read(SqlFactReader reader, SqlTables tables) throws SQLException {
    String table = tables.find(NAME, reader.source());
    Map<String, String> values = new HashMap<>();
    if (table != null) {
      String place = reader.source() + ":" + table;
      reader.query(tables.selectAll(table), place, false, rows -> {
        read(rows, place, values);
        return null;
      });
    }
    DatabaseOptions options = reader.options();
    String name = values.get("name");
    if (name == null) {
      String catalog = reader.connection().getCatalog();
      name = catalog == null || catalog.isBlank() ? reader.source() : catalog;
    }
    LocalDate asOf = options.asOf() != null ? options.asOf() : date(values.get("asof"), reader.source() + ":" + table);
    String region = options.region() != null ? options.region() : values.get("region");
    return new FactSetInfo(name, asOf, region);
  }

  private static void read(ResultSet rows, String place, Map<String, String> values) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    String[] keys = new String[meta.getColumnCount()];
    for (int i = 0; i < keys.length; i++) {
      String label = meta.getColumnLabel(i + 1);
      keys[i] = label.replace("_", "").toLowerCase(Locale.ROOT);
      if (!keys[i].equals("name") && !keys[i].equals("asof") && !keys[i].equals("region")) {
        throw new FactFormatException(place, 0, 0, label, "unknown column '" + label + "' in the factset table;"
            + " allowed: name, as_of, region", null);
      }
    }
    if (!rows.next()) {
      return;
    }
    for (int i = 0; i < keys.length; i++) {
      Object value = rows.getObject(i + 1);
      String text = value == null ? null : SqlValues.text(value, null).strip();
      if (text != null && !text.isEmpty()) {
        values.put(keys[i], text);
      }
    }
    if (rows.next()) {
      throw new FactFormatException(place, 0, 0, null,
          "the factset table has more than one row; it describes one fact set in one row", null);
    }
  }

  private static LocalDate date(String text, String place) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new FactFormatException(place, 0, 0, "as_of", "expected a date like 2025-12-31, got '" + text + "'", e);
    }
  }
}
