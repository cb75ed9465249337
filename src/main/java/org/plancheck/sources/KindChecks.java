package org.plancheck.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.facts.WholeAmounts;

/**
 * The fields of one kind that have words or a range to check, in field order, each with the
 * field its conditions read found once for the kind rather than by name at every fact: a
 * register checks millions. Says what {@link FactField#wordsApply} and {@link
 * FactField#rangeApplies} say.
 */
final class KindChecks {
  /** A field with words or a range, and when they apply. */
  record Checked(int index, FactField field, When words, When range) {
    /** Says whether the words apply to the fact with {@code values}, its whole amounts in {@code wholes} (or null). */
    boolean wordsApply(FactKind kind, Object[] values, long[] wholes) {
      return words != null && words.holds(kind, values, wholes);
    }

    /** Says whether the range applies to the fact with {@code values}, its whole amounts in {@code wholes} (or null). */
    boolean rangeApplies(FactKind kind, Object[] values, long[] wholes) {
      return range != null && range.holds(kind, values, wholes);
    }
  }

  /** When a check applies: always (no condition), or when another field holds one of some texts. */
  private record When(FactField field, boolean forWords, int conditionIndex, Set<String> values) {
    static When of(FactKind kind, FactField field, boolean forWords, FactField.Condition condition) {
      return condition == null ? new When(field, forWords, -1, null)
          : new When(field, forWords, kind.index(condition.field()), Set.copyOf(condition.values()));
    }

    /**
     * Returns whether the check applies to the fact of {@code kind} with {@code factValues}, its
     * whole amounts in {@code wholes} (or null: see {@link WholeAmounts}).
     */
    boolean holds(FactKind kind, Object[] factValues, long[] wholes) {
      if (values == null) {
        return true;
      }
      if (conditionIndex < 0) {
        // A condition on no declared field: the field itself says (and fails) as it would.
        Fact fact = new Fact(kind, WholeAmounts.decimals(factValues, wholes), 0);
        return forWords ? field.wordsApply(fact) : field.rangeApplies(fact);
      }
      Object value = WholeAmounts.value(factValues[conditionIndex], wholes, conditionIndex);
      // A set lookup says what the condition's list says: equal values, compared by equals.
      return value != null && values.contains(value);
    }
  }

  private final FactKind kind;
  private final List<Checked> fields = new ArrayList<>();

  KindChecks(FactKind kind) {
    this.kind = kind;
    List<FactField> all = kind.fields();
    for (int i = 0; i < all.size(); i++) {
      FactField field = all.get(i);
      When words = field.words().isEmpty() ? null : When.of(kind, field, true, field.wordsIf());
      When range = field.range() == null ? null : When.of(kind, field, false, field.rangeIf());
      if (words != null || range != null) {
        fields.add(new Checked(i, field, words, range));
      }
    }
  }

  /** Returns the kind these checks are for. */
  FactKind kind() {
    return kind;
  }

  /** Returns the fields with words or a range, in field order. */
  List<Checked> fields() {
    return fields;
  }
}
