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

  private static Object field(Groups.Group g, String name) {
    return SHIPPED.kieBase().getFactType(GROUP.packageName(), GROUP.type()).get(g.bean(), name);
  }
}
