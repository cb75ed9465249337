package org.plancheck.sources;

import java.util.List;
import java.util.Map;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;

/**
 * Refuses a fact whose id, or whose {@code @unique} fields, an earlier fact of the same source
 * already had, naming where that one was: a line of a file, a row of a workbook or a table.
 */
public final class UniqueFacts {
  private UniqueFacts() {}

  /**
   * Rejects a second fact with an id already seen in the same source, and a second fact with
   * the same values in the kind's {@code @unique} fields.
   */
  public static void checkUnique(Row row, Fact fact, Map<Object, Integer> seen) {
    checkUnique(row, fact, seen, row.line(), null);
  }

  /**
   * Like {@link #checkUnique(Row, Fact, Map)}, for a source without lines, such as a database
   * table: {@code position} is the row's place among the source's rows and {@code unit} what
   * it counts ("row"), so that a repeat says "first used in row 3".
   */
  public static void checkUnique(Row row, Fact fact, Map<Object, Integer> seen, int position, String unit) {
    Integer first = seen.putIfAbsent(fact.id(), position);
    if (first != null) {
      throw duplicateId(row, fact, first, unit);
    }
    checkUniqueFields(row, fact, seen, position, unit);
  }

  /** Returns the error for {@code fact}, whose id was first used on line {@code first}. */
  static FactFormatException duplicateId(Row row, Fact fact, int first) {
    return duplicateId(row, fact, first, null);
  }

  private static FactFormatException duplicateId(Row row, Fact fact, int first, String unit) {
    return row.error(fact.kind().key().name(), "duplicate id '" + fact.id() + "'; first used " + where(row, first, unit));
  }

  /** Rejects a second fact with the same values in the kind's {@code @unique} fields. */
  static void checkUniqueFields(Row row, Fact fact, Map<Object, Integer> seen) {
    checkUniqueFields(row, fact, seen, row.line(), null);
  }

  private static void checkUniqueFields(Row row, Fact fact, Map<Object, Integer> seen, int position, String unit) {
    List<String> unique = fact.kind().unique();
    if (!unique.isEmpty()) {
      List<Object> values = unique.stream().map(fact::get).toList();
      Integer other = seen.putIfAbsent(values, position);
      if (other != null) {
        String last = unique.get(unique.size() - 1);
        List<String> rest = values.subList(0, values.size() - 1).stream().map(String::valueOf).toList();
        throw row.error(last, last + " '" + values.get(values.size() - 1) + "'"
            + (rest.isEmpty() ? "" : " of " + String.join(", ", rest)) + " is already given " + where(row, other, unit));
      }
    }
  }

  /**
   * Where an earlier fact was: "on line 3" (or "on row 3" in a workbook) at a place of the row's
   * own source when {@code unit} is null, else "in row 3" for a source counted in {@code unit}s.
   */
  private static String where(Row row, int position, String unit) {
    return unit == null ? "on " + row.place(position) : "in " + unit + " " + position;
  }
}
