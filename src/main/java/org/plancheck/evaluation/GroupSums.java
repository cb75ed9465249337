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
 * The {@code @sum} fields of every group, ready to be set on the groups' beans: summed in one
 * pass over a table ({@link #of}), or as facts were read ({@link GroupAccumulator}).
 */
final class GroupSums {
  private final org.kie.api.definition.type.FactField[] setters;
  private final FactField[] fields;
  private final List<SumColumn> columns;

  /**
   * Takes {@code columns}, one per entry of {@code group}'s sums in their order.
   *
   * @throws FactFormatException when an int or long sum overflowed, naming the first
   */
  GroupSums(GroupKind group, FactType type, List<SumColumn> columns) {
    FactKind kind = group.member();
    int n = group.sums().size();
    setters = new org.kie.api.definition.type.FactField[n];
    fields = new FactField[n];
    int i = 0;
    for (Map.Entry<String, String> sum : group.sums().entrySet()) {
      if (columns.get(i).overflow() != null) {
        throw overflow(group, sum.getKey(), columns.get(i).overflow());
      }
      setters[i] = type.getField(sum.getKey());
      fields[i] = kind.fields().get(kind.index(sum.getValue()));
      i++;
    }
    this.columns = columns;
  }

  /** Sums {@code table}'s rows into the groups {@code codes} gives them. */
  static GroupSums of(FactTable table, GroupKind group, FactType type, GroupCodes codes) {
    FactKind kind = group.member();
    int[] groupOf = codes.groupOfRow();
    List<SumColumn> columns = new ArrayList<>();
    for (String member : group.sums().values()) {
      int field = kind.index(member);
      SumColumn column = new SumColumn(codes.count());
      FactTable.Wholes wholes = table.wholes(field);
      for (int row = 0; row < groupOf.length; row++) {
        if (wholes != null && wholes.isWhole(row)) {
          column.addWhole(groupOf[row], wholes.whole(row));
        } else {
          column.add(groupOf[row], wholes != null ? wholes.decimal(row) : table.value(row, field));
        }
      }
      columns.add(column);
    }
    return new GroupSums(group, type, columns);
  }

  /**
   * Returns the error for a whole-number {@code @sum} field whose sum over some group is beyond
   * its type: an input the declarations cannot hold, named by the member kind's file and field.
   */
  private static FactFormatException overflow(GroupKind group, String sumField, ArithmeticException e) {
    String member = group.sums().get(sumField);
    return new FactFormatException(group.member().fileName(), 0, 0, member, "the " + member + " of one "
        + group.type() + " add up to more than its field " + sumField + " can hold; declare " + group.type()
        + "." + sumField + " as long, or as java.math.BigDecimal", e);
  }

  /** Sets each sum field of group {@code g}'s bean; a group with no values sums to zero. */
  void fill(Object bean, int g) {
    for (int i = 0; i < setters.length; i++) {
      Object sum = columns.get(i).sum(g);
      setters[i].set(bean, sum == null ? zero(fields[i]) : sum);
    }
  }

  private static Object zero(FactField field) {
    return switch (field.type()) {
      case INT -> 0;
      case LONG -> 0L;
      default -> BigDecimal.ZERO;
    };
  }
}
