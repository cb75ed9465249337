package org.plancheck.sources;

import java.math.BigDecimal;
import java.util.List;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.WholeAmounts;

/**
 * The computed fields of one kind, each the {@code @bands} band of another field, worked out from
 * a fact's values as they are read: a band of whole yuan carried as a long ({@link WholeAmounts})
 * is found by comparing longs, when the bands' bounds are whole, and the label is the one {@link
 * FactField.Bands#of} gives. Found once a kind, not per fact.
 */
final class ComputedBands {
  private final List<FactField> fields;
  // For each field, the index of the field its band is computed from, or -1 when not computed.
  private final int[] sources;
  // For each computed field, its bands' lower bounds as whole yuan (null when one is not whole).
  private final long[][] wholeLowers;

  ComputedBands(FactKind kind) {
    this.fields = kind.fields();
    this.sources = new int[fields.size()];
    this.wholeLowers = new long[fields.size()][];
    for (int i = 0; i < sources.length; i++) {
      FactField field = fields.get(i);
      sources[i] = field.derived() ? kind.index(field.bands().source()) : -1;
      wholeLowers[i] = field.derived() ? wholes(field.bands().lowers()) : null;
    }
  }

  /**
   * Sets each computed field among {@code values} from the value it is computed from; whole
   * amounts are in {@code wholes} (or it is null: none). Returns {@code values}.
   */
  Object[] compute(Object[] values, long[] wholes) {
    for (int i = 0; i < values.length; i++) {
      int source = sources[i];
      if (source >= 0) {
        Object value = values[source];
        values[i] = value == WholeAmounts.WHOLE && wholeLowers[i] != null
            ? band(fields.get(i).bands(), wholeLowers[i], wholes[source])
            : fields.get(i).bands().of(CellValues.decimal(WholeAmounts.value(value, wholes, source)));
      }
    }
    return values;
  }

  /** Returns the band whole amount {@code yuan} falls in, as {@link FactField.Bands#of} does. */
  private static String band(FactField.Bands bands, long[] lowers, long yuan) {
    for (int i = lowers.length - 1; i >= 0; i--) {
      if (yuan >= lowers[i]) {
        return bands.labels().get(i);
      }
    }
    return "";
  }

  /** Returns {@code lowers} as longs, or null when one is not a whole number that fits. */
  private static long[] wholes(List<BigDecimal> lowers) {
    long[] wholes = new long[lowers.size()];
    for (int i = 0; i < wholes.length; i++) {
      if (!FactTable.Wholes.fitsLong(lowers.get(i))) {
        return null;
      }
      wholes[i] = lowers.get(i).longValueExact();
    }
    return wholes;
  }
}
