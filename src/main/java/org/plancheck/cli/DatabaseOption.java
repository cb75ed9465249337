package org.plancheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.plancheck.DatabaseFactSets;
import org.plancheck.DatabaseOptions;
import org.plancheck.FactFormatException;
import org.plancheck.Evaluator;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.Limits;
import picocli.CommandLine.Option;

/**
 * The options of a fact set kept in a database (a {@code jdbc:} URL in place of a folder), and
 * its credentials: the URL's own, else a {@code --password-file}, else the {@code PGUSER} and
 * {@code PGPASSWORD} environment variables (PostgreSQL's driver reads {@code ~/.pgpass} itself,
 * but not these). No password is ever shown: the URL is cited with it masked.
 */
final class DatabaseOption {
  @Option(names = "--schema", paramLabel = "NAME",
      description = "Database fact sets: the schema holding the tables (default: the current one, usually public).")
  String schema;

  @Option(names = "--query", paramLabel = "KIND=SQL",
      description = "Database fact sets: read KIND's facts from this query instead of its table (repeatable).")
  Map<String, String> queries = new LinkedHashMap<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Database fact sets: the date the facts are as of (over the factset table's as_of).")
  LocalDate asOf;

  @Option(names = "--region", paramLabel = "NAME",
      description = "Database fact sets: the region the facts cover (over the factset table's region).")
  String region;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Database fact sets: read the password from the first line of FILE (else PGPASSWORD).")
  Path passwordFile;

  /** Returns whether {@code factSet} names a database rather than a folder or file. */
  static boolean isDatabase(String factSet) {
    return factSet.startsWith("jdbc:");
  }

  /**
   * Returns why the database options given cannot apply to {@code factSet} (a folder or file, not
   * a {@code jdbc:} URL), or null when they can.
   */
  String misused(String factSet) {
    return isDatabase(factSet) || given() == null ? null
        : given() + " applies only to a database fact set (a jdbc: URL)";
  }

  /** Returns the first database option given, or null: for refusing them with a folder or file. */
  String given() {
    if (schema != null) {
      return "--schema";
    }
    if (!queries.isEmpty()) {
      return "--query";
    }
    if (asOf != null) {
      return "--as-of";
    }
    if (region != null) {
      return "--region";
    }
    return passwordFile == null ? null : "--password-file";
  }

  /**
   * Reads the fact set a command's FACTSET names: the database at a {@code jdbc:} URL, else the
   * folder or file at that path (streamed where it can be, as {@link Evaluator#read(Path, Limits)}).
   *
   * @throws FactFormatException as either source does
   */
  FactSet read(Evaluator evaluator, String factSet, Limits limits) {
    return isDatabase(factSet)
        ? read(factSet, evaluator.schema(), limits, System::getenv)
        : evaluator.read(Path.of(factSet), limits);
  }

  /**
   * Reads the fact set in the database at {@code url}, with the credentials from {@code
   * environment} that the URL does not give.
   *
   * @throws FactFormatException when the password file cannot be read, or as {@link
   *     DatabaseFactSets#read(String, Properties, FactSchema, DatabaseOptions, Limits)} does
   */
  FactSet read(String url, FactSchema factSchema, Limits limits, UnaryOperator<String> environment) {
    DatabaseOptions options = new DatabaseOptions(schema, queries, asOf, region);
    return DatabaseFactSets.read(url, properties(url, environment), factSchema, options, limits);
  }

  private Properties properties(String url, UnaryOperator<String> environment) {
    Properties properties = new Properties();
    String lower = url.toLowerCase(Locale.ROOT);
    String user = environment.apply("PGUSER");
    if (!lower.contains("user=") && user != null && !user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!lower.contains("password=")) {
      String password = passwordFile != null ? passwordFromFile(url) : environment.apply("PGPASSWORD");
      if (password != null && !password.isEmpty()) {
        properties.setProperty("password", password);
      }
    }
    return properties;
  }

  private String passwordFromFile(String url) {
    try {
      String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new FactFormatException(passwordFile, 0, 0, null, "no such password file", null);
    } catch (IOException e) {
      throw new FactFormatException(passwordFile, 0, 0, null, "cannot read the password file: " + e.getMessage(), null);
    }
  }
}
