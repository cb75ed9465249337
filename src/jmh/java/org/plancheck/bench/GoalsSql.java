package org.plancheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped goals (rules/*.drl, readings settled in targets.md) written as DuckDB SQL over a
 * fact-set folder's CSV files: what an analyst who knows SQL would write instead of plancheck.
 * One view per fact file, a few macros for amounts and bands, then one query whose columns are
 * the goal ids and whose single row holds each goal's actual, NULL where plancheck says UNKNOWN.
 *
 * <p>The SQL reads valid fact sets the way plancheck does (amounts with 万/亿/billion, words
 * separated by ';', blank booleans false, exclusive bands, a goal UNKNOWN when its file is
 * absent or its indicator row is) but checks nothing: ids, words and ranges are plancheck's job.
 * Amounts are kept to 6 decimal places of a yuan, plancheck's own limit for amounts.
 */
final class GoalsSql {
  /**
   * The columns the query reads from each fact file. As in plancheck, a file may give its
   * columns in any order and leave optional ones out; a column left out reads as blank.
   */
  static final Map<String, List<String>> COLUMNS = columns();

  /** Amounts as plancheck's Amounts.parse reads them, and the exclusive revenue bands. */
  static final String MACROS = """
      CREATE MACRO unit_power(unit, text) AS CASE unit
          WHEN '' THEN 0 WHEN '万' THEN 4 WHEN '亿' THEN 8 WHEN '万亿' THEN 12
          WHEN 'million' THEN 6 WHEN 'billion' THEN 9 WHEN 'trillion' THEN 12
          ELSE error('not an amount: ''' || text || '''') END;
      CREATE MACRO written_amount(p, text) AS CASE
          WHEN p.number = '' THEN error('not an amount: ''' || text || '''')
          ELSE CAST(p.sign || p.number || 'e'
              || (coalesce(TRY_CAST(p.exponent AS INTEGER), 0) + unit_power(p.unit, text)) AS DECIMAL(38, 6))
          END;
      -- Most register cells are plain yuan: only the others pay for the pattern.
      CREATE MACRO amount(text) AS CASE
          WHEN regexp_full_match(text, '[0-9]+') THEN CAST(text AS DECIMAL(38, 6))
          ELSE written_amount(regexp_extract(lower(trim(text)),
              '^([+-]?)([0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e([+-]?[0-9]{1,4}))?\\s*(\\S*)$',
              ['sign', 'number', 'exponent', 'unit']), text)
          END;
      -- Exclusive bands: exactly 10 billion is tens-of-billions only; under 1 billion, none.
      CREATE MACRO band(yuan) AS CASE
          WHEN yuan >= 100000000000 THEN 'hundreds-of-billions'
          WHEN yuan >= 10000000000 THEN 'tens-of-billions'
          WHEN yuan >= 1000000000 THEN 'billions'
          ELSE '' END;
      CREATE MACRO flag(text) AS coalesce(lower(trim(text)) = 'true', false);
      CREATE MACRO word(text) AS coalesce(trim(text), '');
      """;

  /**
   * The goals. Each kind is summed in one pass; a kind whose file is absent yields no row
   * (HAVING), so its goals come out NULL through the LEFT JOINs, as plancheck's are UNKNOWN.
   */
  static final String QUERY = """
      WITH
      -- Enterprises alike in everything a goal asks about, with how many they are and their
      -- revenue: a few hundred rows, however long the register.
      enterprise_groups AS (
          SELECT word(industry) AS industry, word(segment) AS segment, designations,
                 flag(international) AS international, band(amount(revenue)) AS band,
                 count(*) AS enterprises, sum(amount(revenue)) AS revenue
          FROM enterprises
          GROUP BY ALL),
      enterprise AS (
          SELECT industry, segment, international, band, enterprises, revenue,
                 list_transform(string_split(coalesce(designations, ''), ';'), lambda d: trim(d)) AS designations
          FROM enterprise_groups),
      register AS (
          SELECT
              coalesce(sum(revenue) FILTER (WHERE industry IN ('green-low-carbon', 'metaverse', 'intelligent-terminal')), 0) AS all_scale,
              coalesce(sum(revenue) FILTER (WHERE industry = 'green-low-carbon'), 0) AS glc_scale,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'green-low-carbon' AND list_contains(designations, 'leader')), 0) AS glc_leaders,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'green-low-carbon' AND list_contains(designations, 'core')), 0) AS glc_core,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'green-low-carbon' AND list_contains(designations, 'featured')), 0) AS glc_featured,
              coalesce(sum(revenue) FILTER (WHERE industry = 'metaverse'), 0) AS mv_scale,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'metaverse' AND international
                  AND (list_contains(designations, 'leader') OR list_contains(designations, 'chain-leader'))), 0) AS mv_leaders,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'metaverse' AND list_contains(designations, 'specialist')), 0) AS mv_specialists,
              coalesce(sum(revenue) FILTER (WHERE industry = 'intelligent-terminal'), 0) AS it_scale,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'intelligent-terminal' AND band = 'hundreds-of-billions'), 0) AS it_100b,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'intelligent-terminal' AND band = 'tens-of-billions'), 0) AS it_10b,
              coalesce(sum(enterprises) FILTER (WHERE industry = 'intelligent-terminal' AND band = 'billions'), 0) AS it_1b,
              count(DISTINCT segment) FILTER (WHERE industry = 'intelligent-terminal' AND segment IN ('intelligent-connected-vehicles',
                  'intelligent-robots', 'virtual-reality', 'smart-home', 'smart-wearables')) AS it_segments,
              coalesce(sum(revenue) FILTER (WHERE industry = 'intelligent-terminal'
                  AND segment = 'intelligent-connected-vehicles'), 0) AS it_icv_output,
              coalesce(sum(revenue) FILTER (WHERE industry = 'intelligent-terminal'
                  AND segment NOT IN ('intelligent-connected-vehicles', 'intelligent-robots')), 0) AS it_consumer,
              coalesce(sum(revenue) FILTER (WHERE industry = 'intelligent-terminal' AND segment = 'intelligent-robots'), 0) AS it_robots
          FROM enterprise
          HAVING 'enterprises' IN (SELECT kind FROM present)),
      cluster_counts AS (
          SELECT
              count(*) FILTER (WHERE band(amount(scale)) = 'hundreds-of-billions') AS glc_100b,
              count(*) FILTER (WHERE band(amount(scale)) = 'tens-of-billions') AS glc_10b,
              count(*) FILTER (WHERE band(amount(scale)) = 'billions') AS glc_1b
          FROM clusters WHERE word(industry) = 'green-low-carbon'
          HAVING 'clusters' IN (SELECT kind FROM present)),
      park_fields AS (
          SELECT count(DISTINCT word(field)) AS glc_parks
          FROM parks WHERE word(industry) = 'green-low-carbon' AND word(field) IN ('hydrogen-energy',
              'high-end-energy-equipment', 'low-carbon-metallurgy', 'green-materials',
              'energy-conservation-environmental-protection')
          HAVING 'parks' IN (SELECT kind FROM present)),
      scenario_counts AS (
          SELECT count(*) FILTER (WHERE word(industry) = 'metaverse') AS mv_scenarios,
                 count(*) FILTER (WHERE word(industry) = 'intelligent-terminal' AND word(kind) = 'icv-benchmark') AS it_benchmarks
          FROM scenarios
          HAVING 'scenarios' IN (SELECT kind FROM present)),
      product_counts AS (
          SELECT count(*) FILTER (WHERE word(industry) = 'metaverse') AS mv_products,
                 count(*) FILTER (WHERE word(industry) = 'intelligent-terminal' AND word(kind) = 'hit-icv-model') AS it_hit_models,
                 count(*) FILTER (WHERE word(industry) = 'intelligent-terminal' AND word(kind) = 'terminal-product') AS it_terminal_products
          FROM products
          HAVING 'products' IN (SELECT kind FROM present)),
      factory_counts AS (
          SELECT count(*) AS it_smart_factories
          FROM factories
          WHERE word(industry) = 'intelligent-terminal' AND flag(smart) AND year(CAST(trim(opened) AS DATE)) >= 2022
          HAVING 'factories' IN (SELECT kind FROM present)),
      -- One row per industry and indicator at most (plancheck's @unique); none means UNKNOWN.
      indicator_values AS (
          SELECT
              max(value) FILTER (WHERE industry = 'metaverse' AND indicator = 'software-information-services-scale') AS mv_software,
              max(value) FILTER (WHERE industry = 'metaverse' AND indicator = 'electronic-information-manufacturing-scale') AS mv_electronics,
              max(value) FILTER (WHERE industry = 'intelligent-terminal' AND indicator = 'vehicle-maker-smart-factory-share') AS it_vehicle_share,
              max(value) FILTER (WHERE industry = 'intelligent-terminal' AND indicator = 'new-car-advanced-connected-share') AS it_connected_share
          FROM (SELECT word(industry) AS industry, word(indicator) AS indicator, amount(trim(value)) AS value FROM indicators))
      SELECT
          all_scale AS "ALL-SCALE",
          glc_scale AS "GLC-SCALE", glc_100b AS "GLC-CLUSTERS-100B", glc_10b AS "GLC-CLUSTERS-10B",
          glc_1b AS "GLC-CLUSTERS-1B", glc_leaders AS "GLC-LEADERS", glc_core AS "GLC-CORE",
          glc_featured AS "GLC-FEATURED", glc_parks AS "GLC-PARKS",
          it_scale AS "IT-SCALE", it_100b AS "IT-REVENUE-100B", it_10b AS "IT-REVENUE-10B",
          it_1b AS "IT-REVENUE-1B", it_segments AS "IT-SEGMENTS",
          it_smart_factories AS "IT-SMART-FACTORIES", it_vehicle_share AS "IT-VEHICLE-SMART-FACTORY-SHARE",
          it_icv_output AS "IT-ICV-OUTPUT", it_connected_share AS "IT-ICV-CONNECTED-SHARE",
          it_consumer AS "IT-CONSUMER-TERMINALS-SCALE", it_robots AS "IT-ROBOTS-SCALE",
          it_hit_models AS "IT-ICV-HIT-MODELS", it_benchmarks AS "IT-ICV-BENCHMARK-SCENARIOS",
          it_terminal_products AS "IT-TERMINAL-PRODUCTS",
          mv_scale AS "MV-SCALE", mv_leaders AS "MV-LEADERS", mv_specialists AS "MV-SPECIALISTS",
          mv_scenarios AS "MV-SCENARIOS", mv_products AS "MV-PRODUCTS",
          mv_software AS "MV-SOFTWARE-SCALE", mv_electronics AS "MV-ELECTRONICS-SCALE"
      FROM (SELECT 1) AS one
          LEFT JOIN register ON true LEFT JOIN cluster_counts ON true LEFT JOIN park_fields ON true
          LEFT JOIN scenario_counts ON true LEFT JOIN product_counts ON true
          LEFT JOIN factory_counts ON true LEFT JOIN indicator_values ON true
      """;

  private GoalsSql() {}

  private static Map<String, List<String>> columns() {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    columns.put("enterprises", List.of("industry", "segment", "revenue", "designations", "international"));
    columns.put("clusters", List.of("industry", "scale"));
    columns.put("parks", List.of("industry", "field"));
    columns.put("scenarios", List.of("industry", "kind"));
    columns.put("products", List.of("industry", "kind"));
    columns.put("indicators", List.of("industry", "indicator", "value"));
    columns.put("factories", List.of("industry", "smart", "opened"));
    return columns;
  }

  /**
   * Returns the statements that prepare {@code folder} for {@link #QUERY}: the macros, one view
   * per fact file over {@code read_csv} (an empty one for an absent file) and the table
   * {@code present} naming the files that exist.
   */
  static List<String> setup(Path folder) {
    List<String> statements = new ArrayList<>(List.of(MACROS.split(";\\s*\\n")));
    statements.removeIf(s -> s.isBlank());
    List<String> present = new ArrayList<>();
    for (Map.Entry<String, List<String>> kind : COLUMNS.entrySet()) {
      Path file = folder.resolve(kind.getKey() + ".csv");
      boolean exists = Files.isRegularFile(file);
      if (exists) {
        present.add("('" + kind.getKey() + "')");
      }
      statements.add("CREATE VIEW " + kind.getKey() + " AS " + (exists ? read(file, kind.getValue()) : empty(kind.getValue())));
    }
    statements.add("CREATE TABLE present (kind VARCHAR)");
    if (!present.isEmpty()) {
      statements.add("INSERT INTO present VALUES " + String.join(", ", present));
    }
    return statements;
  }

  /** Every column as text, so that amounts and words are read exactly as written. */
  private static String read(Path file, List<String> wanted) {
    List<String> header = header(file);
    List<String> select = wanted.stream()
        .map(c -> header.contains(c) ? "\"" + c + "\"" : "NULL::VARCHAR AS \"" + c + "\"").toList();
    return "SELECT " + String.join(", ", select) + " FROM read_csv('" + file.toString().replace("'", "''")
        + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')";
  }

  private static String empty(List<String> wanted) {
    return "SELECT " + String.join(", ", wanted.stream().map(c -> "NULL::VARCHAR AS \"" + c + "\"").toList())
        + " WHERE false";
  }

  /** The header's column names, as plancheck reads them: separated by commas, stripped. */
  private static List<String> header(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        throw new IllegalArgumentException(file + ": empty file, no header to read");
      }
      List<String> names = new ArrayList<>();
      for (String name : first.split(",", -1)) {
        String stripped = name.strip();
        names.add(stripped.length() > 1 && stripped.startsWith("\"") && stripped.endsWith("\"")
            ? stripped.substring(1, stripped.length() - 1) : stripped);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the header", e);
    }
  }
}
