package org.plancheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plancheck.compile.RuleCompiler;
import org.plancheck.FactSet;
import org.plancheck.Evidence;
import org.plancheck.SyntheticFactSets;
import org.plancheck.Fact;
import org.plancheck.GroupKind;
import org.plancheck.FactSchema;
import org.plancheck.facts.StreamedFacts;

class GroupsTest {
  private static final RuleCompiler.Compiled SHIPPED = RuleCompiler.compile(Path.of("rules"), null);
  private static final FactSchema SCHEMA = SHIPPED.check().schema();
  private static final GroupKind GROUP = SCHEMA.groups().get(0);
  private static final Beans BEANS = new Beans(SHIPPED.kieBase(), SCHEMA);
  private static final List<Fact> REGISTER =
      SyntheticFactSets.generate(SCHEMA, 20_000, 11).facts("enterprises");

  @Test
  void groups_partitionTheRegister_byTheirKeyFields_countingAndSummingExactly() {
    List<Groups.Group> groups = Groups.of(GROUP, REGISTER, BEANS);
    assertThat(groups.stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(REGISTER.size());
    BigDecimal total = REGISTER.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(groups.stream().map(g -> (BigDecimal) field(g, "revenue")).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total);
    assertThat(groups.size()).isLessThan(REGISTER.size() / 10);
    for (Groups.Group g : groups) {
      assertThat(field(g, "enterprises")).isEqualTo((long) g.members().size());
      for (Fact e : g.members()) {
        for (String key : GROUP.keys()) {
          assertThat(e.get(key)).as(key).isEqualTo(field(g, key));
        }
      }
    }
  }

  @Test
  void bandEdges_putAFirmInItsOwnBandOnly() {
    FactSet facts = FactSet.builder(SCHEMA, "edges")
        .add("enterprises", Map.of("id", "A", "industry", "metaverse", "revenue", "100000000000"))
        .add("enterprises", Map.of("id", "B", "industry", "metaverse", "revenue", "99999999999.99"))
        .add("enterprises", Map.of("id", "C", "industry", "metaverse", "revenue", "999999999.99"))
        .build();
    List<Groups.Group> groups = Groups.of(GROUP, facts.facts("enterprises"), BEANS);
    assertThat(groups).extracting(g -> field(g, "band")).containsExactly("hundreds-of-billions", "tens-of-billions", "");
  }

  @Test
  void countedGroups_readAsTheirMembers_andGiveTheSameEvidenceAsRankingEveryMember() {
    List<Groups.Group> groups = Groups.of(GROUP, REGISTER, BEANS);
    List<Fact> singles = SyntheticFactSets.generate(SCHEMA, 100, 2).facts("clusters");
    Counted counted = new Counted(groups, singles);
    List<Fact> expanded = new ArrayList<>();
    groups.forEach(g -> expanded.addAll(g.members()));
    expanded.addAll(singles);
    assertThat(counted).hasSize(expanded.size()).containsExactlyElementsOf(expanded);
    List<String> bruteForce = expanded.stream().sorted(Outcomes.LARGEST_FIRST).limit(Evidence.SAMPLE_SIZE).map(Fact::id).toList();
    assertThat(Outcomes.evidence(counted).sample()).isEqualTo(bruteForce);
    assertThat(Outcomes.evidence(counted).count()).isEqualTo(expanded.size());
  }

  @Test
  void countedWithEmptyGroupsAndNoSingles_isEmptyOrIndexesPastEmptyParts() {
    assertThat(new Counted(List.of(), List.of())).isEmpty();
    List<Groups.Group> one = Groups.of(GROUP, REGISTER.subList(0, 3), BEANS);
    Counted counted = new Counted(one, List.of());
    List<Fact> last = one.get(one.size() - 1).members();
    assertThat(counted.get(counted.size() - 1)).isEqualTo(last.get(last.size() - 1));
  }

  private static final org.plancheck.FactKind ENTERPRISE = SCHEMA.kind("enterprises").orElseThrow();

  private static Fact enterprise(String id, String segment, BigDecimal revenue) {
    return new Fact(ENTERPRISE, new Object[] {id, "", "metaverse", segment, revenue, java.util.Set.of(), false, ""}, 0);
  }

  @Test
  void wholeSumsPastALong_continueExactlyAsDecimals() {
    BigDecimal big = new BigDecimal("4000000000000000000");
    List<Fact> facts = List.of(enterprise("A", "s", big), enterprise("B", "s", big), enterprise("C", "s", big),
        enterprise("D", "s", new BigDecimal("0.25")));
    List<Groups.Group> groups = Groups.of(GROUP, facts, BEANS);
    assertThat(groups).hasSize(1);
    assertThat(field(groups.get(0), "revenue")).isEqualTo(new BigDecimal("12000000000000000000.25"));
    assertThat(field(groups.get(0), "enterprises")).isEqualTo(4L);
  }

  @Test
  void rowsThatShareNoKey_makeOneGroupEach_inRegisterOrder() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      facts.add(enterprise("E" + i, "own-" + (i % 20_000), BigDecimal.valueOf(i)));
    }
    List<Groups.Group> groups = Groups.of(GROUP, facts, BEANS);
    assertThat(groups).hasSize(20_000);
    assertThat(field(groups.get(0), "segment")).isEqualTo("own-0");
    assertThat(field(groups.get(19_999), "segment")).isEqualTo("own-19999");
    assertThat(groups.get(5).members()).extracting(Fact::id).containsExactly("E5", "E20005");
    assertThat(field(groups.get(5), "revenue")).isEqualTo(BigDecimal.valueOf(5 + 20_005));
  }

  @Test
  void largest_ranksByAmountThenId_keepingAtMostTheSample() {
    List<Fact> facts = new ArrayList<>();
    for (String id : List.of("L", "K", "J", "I", "H", "G", "F", "E", "D", "C", "B", "A")) {
      facts.add(enterprise(id, "s", BigDecimal.TEN));
    }
    facts.add(enterprise("Z", "s", new BigDecimal("10.5")));
    Groups.Group g = Groups.of(GROUP, facts, BEANS).get(0);
    assertThat(g.allAmounts()).isTrue();
    assertThat(g.largest()).hasSize(Evidence.SAMPLE_SIZE).extracting(Fact::id)
        .containsExactly("Z", "A", "B", "C", "D", "E", "F", "G", "H", "I");
  }

  @Test
  void aGroupWithAMemberLackingItsAmount_ranksEvidenceByIdOverEveryMember() {
    List<Fact> facts = new ArrayList<>();
    for (String id : List.of("L", "K", "J", "I", "H", "G", "F", "E", "D", "C", "B")) {
      facts.add(enterprise(id, "s", BigDecimal.TEN));
    }
    facts.add(enterprise("A", "s", null));
    List<Groups.Group> groups = Groups.of(GROUP, facts, BEANS);
    assertThat(groups.get(0).allAmounts()).isFalse();
    Counted counted = new Counted(groups, List.of());
    assertThat(Outcomes.evidence(counted).sample()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
    assertThat(Outcomes.evidence(counted).count()).isEqualTo(12);
  }

  @Test
  void groupsLackingAmounts_giveTheSmallestIdsAcrossEveryGroup() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      facts.add(enterprise(String.format("E%02d", 23 - i), i % 2 == 0 ? "even" : "odd", i < 2 ? null : BigDecimal.ONE));
    }
    List<Groups.Group> groups = Groups.of(GROUP, facts, BEANS);
    assertThat(groups).hasSize(2).noneMatch(Groups.Group::allAmounts);
    Counted counted = new Counted(groups, List.of());
    assertThat(Outcomes.evidence(counted).sample())
        .containsExactly("E00", "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09");
    assertThat(counted.candidates()).hasSize(2 * Evidence.SAMPLE_SIZE);
  }

  @Test
  void groupsFedValuesAsRead_matchGroupsOfTheHeldFacts_keysSumsAndEvidence() {
    List<Fact> facts = new ArrayList<>(REGISTER);
    // Ties in amount rank by id, past the sample. (Groups lacking amounts, which a required
    // revenue cannot have, are checked streamed against held in StreamedGroupsTest.)
    for (String id : List.of("T3", "T1", "TB", "T2", "T0", "T9", "T8", "T7", "T6", "T5", "T4", "TA")) {
      facts.add(enterprise(id, "tied", BigDecimal.TEN));
    }
    StreamedKind byValues = new StreamedKind(BEANS, ENTERPRISE, List.of(GROUP), null);
    StreamedKind byFacts = new StreamedKind(BEANS, ENTERPRISE, List.of(GROUP), null);
    // One array for every fact, as a reader may give: what is kept must be copied from it.
    Object[] values = new Object[ENTERPRISE.fields().size()];
    for (Fact fact : facts) {
      for (int i = 0; i < values.length; i++) {
        values[i] = fact.value(i);
      }
      byValues.accept(ENTERPRISE, values, fact.line());
      byFacts.accept(fact);
    }
    java.util.Arrays.fill(values, null);
    StreamedFacts again = new StreamedFacts(ENTERPRISE, facts.size(), facts::forEach, byValues);
    List<Groups.Group> held = Groups.of(GROUP, facts, BEANS);
    for (StreamedKind streamed : List.of(byValues, byFacts)) {
      List<Groups.Group> made = streamed.groups(GROUP, again);
      assertThat(made).hasSize(held.size());
      for (int g = 0; g < held.size(); g++) {
        Groups.Group expected = held.get(g);
        Groups.Group actual = made.get(g);
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.allAmounts()).isEqualTo(expected.allAmounts());
        for (String field : List.of("industry", "segment", "designations", "international", "band", "enterprises", "revenue")) {
          assertThat(field(actual, field)).as(field).isEqualTo(field(expected, field));
        }
        assertThat(actual.largest()).isEqualTo(expected.largest());
      }
      assertThat(Outcomes.evidence(new Counted(made, List.of())).sample())
          .isEqualTo(Outcomes.evidence(new Counted(held, List.of())).sample());
      List<Groups.Group> tied = made.stream().filter(g -> "tied".equals(field(g, "segment"))).toList();
      assertThat(tied).singleElement().satisfies(g -> assertThat(g.largest()).extracting(Fact::id)
          .containsExactly("T0", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"));
    }
  }

  private static Object field(Groups.Group g, String name) {
    return SHIPPED.kieBase().getFactType(GROUP.packageName(), GROUP.type()).get(g.bean(), name);
  }
}
