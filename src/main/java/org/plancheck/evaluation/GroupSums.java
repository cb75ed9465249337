package org.plancheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.GroupKind;
import org.plancheck.facts.FactTable;

/**
 * The {@code @sum} fields of every group, added up exactly in one pass over the table: whole
 * amounts as longs (a BigDecimal only when a sum outgrows a long), any other value as it is.
 */
final class GroupSums {
  private final List<org.kie.api.definition.type.FactField> setters = new ArrayList<>();
  private final List<FactField> fields = new ArrayList<>();
  private final List<Object[]> sums = new ArrayList<>();

  GroupSums(FactTable table, GroupKind group, FactType type, GroupCodes codes) {
    FactKind kind = group.member();
    for (Map.Entry<String, String> sum : group.sums().entrySet()) {
      int field = kind.index(sum.getValue());
      setters.add(type.getField(sum.getKey()));
      fields.add(kind.fields().get(field));
      FactTable.Wholes wholes = table.wholes(field);
      try {
        sums.add(wholes != null ? decimals(wholes, codes) : values(table, field, codes));
      } catch (ArithmeticException e) {
        throw overflow(group, sum.getKey(), e);
      }
    }
  }

  /**
   * Returns the error for a whole-number {@code @sum} field whose sum over some group is beyond
   * its type: an input the declarations cannot hold, named by the member kind's file and field.
   */
  static FactFormatException overflow(GroupKind group, String sumField, ArithmeticException e) {
    String member = group.sums().get(sumField);
    return new FactFormatException(group.member().fileName(), 0, 0, member, "the " + member + " of one "
        + group.type() + " add up to more than its field " + sumField + " can hold; declare " + group.type()
        + "." + sumField + " as long, or as java.math.BigDecimal", e);
  }

  /** Sets each sum field of group {@code g}'s bean; a group with no values sums to zero. */
  void fill(Object bean, int g) {
    for (int i = 0; i < setters.size(); i++) {
      Object sum = sums.get(i)[g];
      setters.get(i).set(bean, sum == null ? zero(fields.get(i)) : sum);
    }
  }

  private static Object[] decimals(FactTable.Wholes wholes, GroupCodes codes) {
    int[] groupOf = codes.groupOfRow();
    long[] whole = new long[codes.count()];
    boolean[] anyWhole = new boolean[codes.count()];
    // Per group, the values that are not whole longs, and whole sums that outgrew a long.
    BigDecimal[] rest = new BigDecimal[codes.count()];
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      if (wholes.isWhole(row)) {
        long value = wholes.whole(row);
        long sum = whole[g] + value;
        // Overflow when both addends share a sign the sum lacks (Math.addExact, without a throw).
        if (((whole[g] ^ sum) & (value ^ sum)) < 0) {
          rest[g] = (BigDecimal) add(rest[g], BigDecimal.valueOf(whole[g]).add(BigDecimal.valueOf(value)));
          sum = 0;
        }
        whole[g] = sum;
        anyWhole[g] = true;
      } else {
        rest[g] = (BigDecimal) add(rest[g], wholes.decimal(row));
      }
    }
    Object[] sums = new Object[codes.count()];
    for (int g = 0; g < sums.length; g++) {
      // Added only when some value was whole: a zero of scale 0 would change the sum's scale.
      sums[g] = anyWhole[g] ? add(rest[g], BigDecimal.valueOf(whole[g])) : rest[g];
    }
    return sums;
  }

  private static Object[] values(FactTable table, int field, GroupCodes codes) {
    int[] groupOf = codes.groupOfRow();
    Object[] sums = new Object[codes.count()];
    for (int row = 0; row < groupOf.length; row++) {
      int g = groupOf[row];
      sums[g] = add(sums[g], table.value(row, field));
    }
    return sums;
  }

  /** Adds whole numbers exactly, failing loudly on overflow. */
  static Object add(Object sum, Object value) {
    if (value == null) {
      return sum;
    }
    if (sum == null) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return ((BigDecimal) sum).add(d);
    }
    if (value instanceof Long l) {
      return Math.addExact((Long) sum, l);
    }
    return Math.addExact((Integer) sum, (Integer) value);
  }

  static Object zero(FactField field) {
    return switch (field.type()) {
      case INT -> 0;
      case LONG -> 0L;
      default -> BigDecimal.ZERO;
    };
  }
}
