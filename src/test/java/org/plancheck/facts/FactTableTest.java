package org.plancheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.testing.Shanghai;

class FactTableTest {
  private static final FactKind ENTERPRISE = Shanghai.SCHEMA.kind("enterprises").orElseThrow();
  private static final int REVENUE = ENTERPRISE.index("revenue");
  private static final int NAME = ENTERPRISE.index("name");

  private static Fact enterprise(String id, String name, BigDecimal revenue, int line) {
    return new Fact(ENTERPRISE, new Object[] {id, name, "metaverse", "xr", revenue, Set.of("core"), true, ""}, line);
  }

  @Test
  void decimals_readBackExactly_withTheirScale_wholeOrNot() {
    List<BigDecimal> amounts = List.of(BigDecimal.valueOf(42), new BigDecimal("1.50"), new BigDecimal("5E+11"),
        new BigDecimal("123456789012345678901234567890"), BigDecimal.valueOf(Long.MAX_VALUE),
        new BigDecimal("999999999999999999"), BigDecimal.ZERO);
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      facts.add(enterprise("E" + i, "n", amounts.get(i), i + 2));
    }
    facts.add(enterprise("NULL", "n", null, 99));
    FactTable table = FactTable.of(ENTERPRISE, facts);
    assertThat(table).containsExactlyElementsOf(facts);
    for (int i = 0; i < amounts.size(); i++) {
      assertThat(table.get(i).amount().toString()).isEqualTo(amounts.get(i).toString());
      assertThat(table.get(i).line()).isEqualTo(i + 2);
    }
    assertThat(table.get(amounts.size()).amount()).isNull();
    FactTable.Wholes wholes = table.wholes(REVENUE);
    assertThat(wholes.isWhole(0)).isTrue();
    assertThat(wholes.whole(0)).isEqualTo(42);
    // A fraction, a negative scale, a number past 18 digits and an absent value stay decimals.
    assertThat(List.of(1, 2, 3, 4, 7)).allSatisfy(row -> assertThat(wholes.isWhole(row)).as("row %d", row).isFalse());
    assertThat(wholes.isWhole(5)).isTrue();
    assertThat(wholes.whole(5)).isEqualTo(999_999_999_999_999_999L);
    assertThat(table.wholes(NAME)).isNull();
  }

  @Test
  void codes_numberValuesByFirstAppearance() {
    FactTable table = FactTable.of(ENTERPRISE, List.of(enterprise("A", "x", BigDecimal.ONE, 2),
        enterprise("B", "y", BigDecimal.ONE, 3), enterprise("C", "x", BigDecimal.ONE, 4)));
    Codes names = table.codes(NAME);
    assertThat(names.codes()).containsExactly(0, 1, 0);
    assertThat(names.values()).containsExactly("x", "y");
    assertThat(table.codes(ENTERPRISE.keyIndex()).distinct()).isEqualTo(3);
  }

  @Test
  void aColumnOfMostlyDistinctText_stopsCoding_andKeepsEveryValueInOrder() {
    int rows = CodedColumn.MAX_DISTINCT + 500;
    FactTable.Builder builder = new FactTable.Builder(ENTERPRISE);
    for (int i = 0; i < rows; i++) {
      builder.add(enterprise("E" + i, "name " + (i % (rows - 10)), BigDecimal.valueOf(i), i + 2));
    }
    FactTable table = builder.build();
    assertThat(table).hasSize(rows);
    assertThat(table.get(0).get("name")).isEqualTo("name 0");
    assertThat(table.get(rows - 1).get("name")).isEqualTo("name " + (rows - 1) % (rows - 10));
    assertThat(table.get(CodedColumn.MAX_DISTINCT).get("name")).isEqualTo("name " + CodedColumn.MAX_DISTINCT);
    Codes codes = table.codes(NAME);
    assertThat(codes.distinct()).isEqualTo(rows - 10);
    assertThat(codes.codes()[rows - 1]).isEqualTo(codes.codes()[9]);
  }

  @Test
  void aTableOfAnotherKind_refusesAFact() {
    FactKind cluster = Shanghai.SCHEMA.kind("clusters").orElseThrow();
    FactTable.Builder builder = new FactTable.Builder(cluster);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.add(enterprise("A", "", BigDecimal.ONE, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Enterprise");
  }
  @Test
  void valuesGivenAsRead_makeTheTableTheirFactsMake() {
    List<Fact> facts = List.of(enterprise("A", "x", new BigDecimal("1.50"), 2), enterprise("B", "", null, 3),
        enterprise("C", "x", new BigDecimal("123456789012345678901234567890"), 7));
    FactTable.Builder byValues = new FactTable.Builder(ENTERPRISE);
    // One array for every fact, as a reader may give: the table keeps the values, not the array.
    Object[] values = new Object[ENTERPRISE.fields().size()];
    for (Fact fact : facts) {
      for (int i = 0; i < values.length; i++) {
        values[i] = fact.value(i);
      }
      byValues.accept(ENTERPRISE, values, fact.line());
    }
    java.util.Arrays.fill(values, null);
    FactTable table = byValues.build();
    assertThat(table).containsExactlyElementsOf(FactTable.of(ENTERPRISE, facts));
    assertThat(table).extracting(Fact::line).containsExactly(2, 3, 7);
    FactKind cluster = Shanghai.SCHEMA.kind("clusters").orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FactTable.Builder(cluster).accept(ENTERPRISE, values, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Enterprise");
  }
}
