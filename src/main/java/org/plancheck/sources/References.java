package org.plancheck.sources;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactSchema;
import org.plancheck.FactField;
import org.plancheck.facts.FactTable;

/**
 * Checks {@code @references} fields: each value must be the {@code @key} of a fact of the
 * referenced kind in the same fact set. A reference into a kind the fact set does not hold
 * cannot be checked and is left alone, as the goals that need that kind are UNKNOWN anyway.
 */
public final class References {
  /**
   * Where the facts of one kind were read from.
   *
   * @param source the file or stream name; for a workbook sheet, {@code workbook:sheet}
   * @param json whether positions are JSON paths ({@code kind[3]}) rather than CSV lines
   * @param letters for a workbook sheet, each field's column letters; null otherwise
   */
  public record Origin(String source, boolean json, Map<String, String> letters) {
    /** The origin of a CSV file ({@code json} false) or a JSON document. */
    public Origin(String source, boolean json) {
      this(source, json, null);
    }

    /** The origin of a workbook sheet, whose {@code letters} give each field's column. */
    public static Origin sheet(String sheet, Map<String, String> letters) {
      return new Origin(sheet, false, Map.copyOf(letters));
    }
  }

  private References() {}

  public static void check(FactSchema schema, Map<String, List<Fact>> byKind, Map<String, Origin> origins, String setName) {
    for (Map.Entry<String, List<Fact>> entry : byKind.entrySet()) {
      FactKind kind = schema.kind(entry.getKey()).orElseThrow();
      for (FactField field : kind.fields()) {
        if (field.references() == null) {
          continue;
        }
        FactKind target = schema.kindOfType(field.references()).orElseThrow();
        List<Fact> targets = byKind.get(target.name());
        if (targets == null) {
          continue;
        }
        // Read by column: a fact is made only for the reference that fails.
        FactTable targetTable = FactTable.of(target, targets);
        Set<String> ids = new HashSet<>();
        for (int row = 0; row < targetTable.size(); row++) {
          ids.add(targetTable.id(row));
        }
        FactTable facts = FactTable.of(kind, entry.getValue());
        int column = kind.index(field.name());
        for (int i = 0; i < facts.size(); i++) {
          Object value = facts.value(i, column);
          if (value instanceof String id && !id.isEmpty() && !ids.contains(id)) {
            throw error(origins, kind, target, facts.get(i), i, field.name(), id, setName);
          }
        }
      }
    }
  }

  private static FactFormatException error(Map<String, Origin> origins, FactKind kind, FactKind target, Fact fact,
      int index, String field, String id, String setName) {
    Origin origin = origins.getOrDefault(kind.name(), new Origin(setName, true));
    Origin targetOrigin = origins.get(target.name());
    String where = targetOrigin == null || targetOrigin.json() || targetOrigin.letters() != null
        ? target.name() : target.fileName();
    String label = origin.json() ? kind.name() + "[" + index + "]." + field : field;
    if (origin.letters() != null) {
      return new FactFormatException(origin.source() + "!" + origin.letters().get(field) + fact.line(), 0, 0, label,
          "no " + target.type().toLowerCase(java.util.Locale.ROOT) + " '" + id + "' in " + where, null);
    }
    return new FactFormatException(origin.source(), fact.line(), 0, label,
        "no " + target.type().toLowerCase(java.util.Locale.ROOT) + " '" + id + "' in " + where, null);
  }
}
