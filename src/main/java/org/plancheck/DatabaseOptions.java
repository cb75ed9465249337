package org.plancheck;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a fact set is read from a SQL database ({@link DatabaseFactSets}): where its tables are,
 * which kinds a query replaces, and what describes the fact set when its {@code factset} table
 * does not.
 *
 * @param schema the schema that holds the tables, or null for the connection's current schema
 *     (PostgreSQL's first schema on the search path, usually {@code public})
 * @param queries for a kind's name, the SQL query whose rows are its facts instead of its
 *     table's (such as one district or one date); empty when every kind is read from its table
 * @param asOf the fact set's date, over the {@code factset} table's; null to keep the table's
 * @param region the fact set's region, over the {@code factset} table's; null to keep the table's
 */
public record DatabaseOptions(String schema, Map<String, String> queries, LocalDate asOf, String region) {
  /** Tables in the current schema, no queries, the fact set described by its table alone. */
  public static final DatabaseOptions DEFAULT = new DatabaseOptions(null, Map.of(), null, null);

  /** Requires a schema and region that are null or not blank, and queries with kinds and text. */
  public DatabaseOptions {
    if (schema != null && schema.isBlank()) {
      throw new IllegalArgumentException("the schema must not be blank; give null for the current schema");
    }
    if (region != null && region.isBlank()) {
      throw new IllegalArgumentException("the region must not be blank; give null to keep the factset table's");
    }
    Objects.requireNonNull(queries, "queries");
    for (Map.Entry<String, String> query : queries.entrySet()) {
      if (query.getKey() == null || query.getKey().isBlank()) {
        throw new IllegalArgumentException("a query needs the name of the fact kind it reads");
      }
      if (query.getValue() == null || query.getValue().isBlank()) {
        throw new IllegalArgumentException("the query for " + query.getKey() + " is empty");
      }
    }
    // In the order given, so that the first unknown kind is the one named.
    queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
  }

  /** Returns these options with the tables read from {@code schema}. */
  public DatabaseOptions withSchema(String schema) {
    return new DatabaseOptions(schema, queries, asOf, region);
  }

  /** Returns these options with the facts of {@code kind} read by {@code sql} instead of its table. */
  public DatabaseOptions withQuery(String kind, String sql) {
    Map<String, String> more = new LinkedHashMap<>(queries);
    more.put(kind, sql);
    return new DatabaseOptions(schema, more, asOf, region);
  }

  /** Returns these options with the fact set dated {@code asOf} and covering {@code region}. */
  public DatabaseOptions describedAs(LocalDate asOf, String region) {
    return new DatabaseOptions(schema, queries, asOf, region);
  }
}
