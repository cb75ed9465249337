package org.plancheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns rows into facts, checking each value where it stands. */
final class FactParsers {
  private FactParsers() {}

  static Fact parse(FactKind kind, Row row) {
    for (String column : FactColumns.required(kind)) {
      if (row.text(column) == null) {
        throw row.error(column, "a value is required");
      }
    }
    String id = row.text("id");
    String name = row.text("name");
    String industry = word(row, "industry", Vocabulary.INDUSTRIES);
    return switch (kind) {
      case ENTERPRISES -> enterprise(row, id, name, industry);
      case CLUSTERS -> new Cluster(id, name, industry, amount(row, "scale"));
      case PARKS -> new Park(id, name, industry, word(row, "field", Vocabulary.PARK_FIELDS));
      case SCENARIOS -> new Scenario(id, name, industry, row.text("kind"));
      case PRODUCTS -> new Product(id, name, industry, row.text("kind"));
      case INDICATORS -> new Indicator(id, name, industry, row.text("indicator"), amount(row, "value"));
      case FACTORIES -> new Factory(id, name, industry, row.text("enterprise"), bool(row, "smart"), date(row, "opened"));
    };
  }

  private static Enterprise enterprise(Row row, String id, String name, String industry) {
    String segment = row.text("segment");
    if (segment != null && industry.equals("intelligent-terminal")) {
      word(row, "segment", Vocabulary.TERMINAL_SEGMENTS);
    }
    Set<String> designations = Set.of();
    List<String> items = row.items("designations");
    if (!items.isEmpty()) {
      Set<String> found = new LinkedHashSet<>();
      for (String d : items) {
        if (!d.isEmpty()) {
          found.add(check(row, "designations", "designation", d, Vocabulary.DESIGNATIONS));
        }
      }
      designations = Set.copyOf(found);
    }
    BigDecimal revenue = amount(row, "revenue");
    return new Enterprise(id, name, industry, segment, revenue, designations, bool(row, "international"));
  }

  private static String word(Row row, String field, Set<String> allowed) {
    return check(row, field, field, row.text(field), allowed);
  }

  private static String check(Row row, String field, String what, String value, Set<String> allowed) {
    if (!allowed.contains(value)) {
      throw row.error(field, "unknown " + what + " '" + value + "'; expected one of "
          + Vocabulary.sorted(allowed));
    }
    return value;
  }

  private static BigDecimal amount(Row row, String field) {
    try {
      return Amounts.parse(row.text(field));
    } catch (IllegalArgumentException e) {
      throw row.error(field, e.getMessage());
    }
  }

  private static LocalDate date(Row row, String field) {
    try {
      return LocalDate.parse(row.text(field));
    } catch (DateTimeParseException e) {
      throw row.error(field, "expected a date like 2024-06-30, got '" + row.text(field) + "'");
    }
  }

  private static boolean bool(Row row, String field) {
    String text = row.text(field);
    if (text == null || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw row.error(field, "expected true or false (blank means false), got '" + text + "'");
  }

  /**
   * Rejects a second fact with an id already seen in the same file, and a second indicator row
   * for one industry and indicator (the goal would not know which to read).
   */
  static void checkUnique(Row row, Fact fact, Map<String, Integer> seen) {
    Integer first = seen.putIfAbsent(fact.id(), row.line());
    if (first != null) {
      throw row.error("id", "duplicate id '" + fact.id() + "'; first used on line " + first);
    }
    if (fact instanceof Indicator i) {
      Integer other = seen.putIfAbsent("\u0000" + i.industry() + "/" + i.indicator(), row.line());
      if (other != null) {
        throw row.error("indicator", "indicator '" + i.indicator() + "' of " + i.industry()
            + " is already given on line " + other);
      }
    }
  }
}
