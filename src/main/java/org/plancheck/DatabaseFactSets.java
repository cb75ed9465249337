package org.plancheck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.plancheck.sources.Secrets;
import org.plancheck.sources.SqlFactReader;

/**
 * Reads fact sets kept in a SQL database, against the fact kinds a rules folder declares
 * ({@link Evaluator#schema()}). Each declared kind {@code @facts("NAME")} is read from the table
 * or view {@code NAME} ({@code -} read as {@code _}) in the options' schema, or from the query
 * the options give for it; a table that is not there leaves its kind absent, so the goals that
 * need it are UNKNOWN, as a missing CSV file does. Columns are the kind's fields, matched by name
 * (case aside); numbers, text, dates, booleans and arrays of text (for a set of words) are read
 * from their SQL types, and text is read as a CSV cell is ({@code 5000亿} for an amount). An
 * optional {@code factset} table holds one row with columns {@code name}, {@code as_of} and
 * {@code region}; without a name the fact set takes the database's.
 *
 * <p>A bad value is an error that names the table, the row's key and the column, such as {@code
 * jdbc:postgresql://db.example/plans:enterprises[E017]: revenue: ...}, with the sentence a CSV
 * file would get for the same value. No password appears in any message or report: URLs are
 * shown with their password replaced by {@code ***}.
 *
 * <p>The library brings no JDBC driver: the host puts its own on the class path, or hands over a
 * {@link Connection} or {@link DataSource}. Safe to call from any thread with its own connection.
 */
public final class DatabaseFactSets {
  private DatabaseFactSets() {}

  /**
   * Reads the fact set in the database at {@code url}, connecting through the JDBC driver on the
   * class path that accepts it, in a read-only transaction that is rolled back and closed
   * afterwards. Messages cite the URL with its password masked ({@link #masked(String)}).
   *
   * @param url a JDBC URL, such as {@code jdbc:postgresql://db.example:5432/plans}
   * @param properties the driver's connection properties, such as {@code user} and {@code
   *     password}; the values of those named like a password are never shown
   * @throws FactFormatException when no driver accepts the URL, the database cannot be reached,
   *     or at the first problem in its tables, naming table, row key and column
   */
  public static FactSet read(String url, Properties properties, FactSchema schema, DatabaseOptions options,
      Limits limits) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(properties, "properties");
    requireReadArguments(schema, options, limits);
    Secrets secrets = Secrets.of(url, properties);
    String source = masked(url);
    if (!url.startsWith("jdbc:")) {
      throw new FactFormatException(source, 0, 0, null, "not a JDBC URL: expected one such as"
          + " jdbc:postgresql://host:5432/database", null);
    }
    try {
      // Asked first: DriverManager's own "No suitable driver" message would show the whole URL.
      DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new FactFormatException(source, 0, 0, null, "no JDBC driver on the class path accepts this URL"
          + " (the command line ships PostgreSQL's, for jdbc:postgresql: URLs)", null);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw new FactFormatException(source, 0, 0, null, "cannot connect: " + secrets.scrub(String.valueOf(e.getMessage())),
          null);
    }
    return readAndClose(connection, source, schema, options, limits, secrets);
  }

  /**
   * Reads the fact set through a connection from {@code dataSource}, in a read-only transaction
   * that is rolled back, and closes the connection.
   *
   * @param source how messages name the database, such as its URL without a password
   * @throws FactFormatException when no connection can be had, or at the first problem in the
   *     database's tables, naming table, row key and column
   */
  public static FactSet read(DataSource dataSource, String source, FactSchema schema, DatabaseOptions options,
      Limits limits) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(source, "source");
    requireReadArguments(schema, options, limits);
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new FactFormatException(source, 0, 0, null, "cannot connect: " + e.getMessage(), e);
    }
    return readAndClose(connection, source, schema, options, limits, Secrets.of("", new Properties()));
  }

  /**
   * Reads the fact set over the host's {@code connection}, in whatever transaction it is in;
   * the connection is neither closed nor changed.
   *
   * @param source how messages name the database, such as its URL without a password
   * @throws FactFormatException at the first problem in the database's tables, naming table,
   *     row key and column
   */
  public static FactSet read(Connection connection, String source, FactSchema schema, DatabaseOptions options,
      Limits limits) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(source, "source");
    requireReadArguments(schema, options, limits);
    return SqlFactReader.read(connection, source, schema, options, limits, Secrets.of("", new Properties()));
  }

  /**
   * Returns {@code url} as plancheck shows it: the value of every password parameter ({@code
   * password=}, {@code sslpassword=}, {@code pwd=}) and of a {@code user:password@} replaced by
   * {@code ***}.
   */
  public static String masked(String url) {
    return Secrets.mask(Objects.requireNonNull(url, "url"));
  }

  private static FactSet readAndClose(Connection connection, String source, FactSchema schema,
      DatabaseOptions options, Limits limits, Secrets secrets) {
    try (connection) {
      // Read-only, so that a --query that writes fails rather than changing the database; one
      // transaction, so that the kinds are read from one snapshot and the driver can stream.
      connection.setReadOnly(true);
      connection.setAutoCommit(false);
      if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        return SqlFactReader.read(connection, source, schema, options, limits, secrets);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new FactFormatException(source, 0, 0, null, "the database connection failed: "
          + secrets.scrub(String.valueOf(e.getMessage())), null);
    }
  }

  private static void requireReadArguments(FactSchema schema, DatabaseOptions options, Limits limits) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(limits, "limits");
  }
}
