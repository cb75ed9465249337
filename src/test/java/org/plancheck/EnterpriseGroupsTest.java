package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseGroupsTest {
  private static final List<Enterprise> REGISTER = SyntheticFactSets.generate(20_000, 11).enterprises();

  @Test
  void groups_partitionTheRegister_byEverythingRulesTestButAmounts() {
    List<EnterpriseGroup> groups = EnterpriseGroups.of(REGISTER);
    assertThat(groups.stream().mapToInt(EnterpriseGroup::enterprises).sum()).isEqualTo(REGISTER.size());
    assertThat(groups.stream().map(EnterpriseGroup::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(REGISTER.stream().map(Enterprise::revenue).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(groups.size()).isLessThan(REGISTER.size() / 10);
    for (EnterpriseGroup g : groups) {
      for (Enterprise e : g.members()) {
        assertThat(e.industry()).isEqualTo(g.industry());
        assertThat(e.segment()).isEqualTo(g.segment());
        assertThat(e.designations()).isEqualTo(g.designations());
        assertThat(e.international()).isEqualTo(g.international());
        assertThat(EnterpriseGroup.bandOf(e.revenue())).isEqualTo(g.band());
      }
    }
  }

  @Test
  void bandEdges_putAFirmInItsOwnBandOnly() {
    Enterprise hundred = new Enterprise("A", "", "intelligent-terminal", "", new BigDecimal("100000000000"), Set.of(), false);
    Enterprise under = new Enterprise("B", "", "intelligent-terminal", "", new BigDecimal("99999999999.99"), Set.of(), false);
    List<EnterpriseGroup> groups = EnterpriseGroups.of(List.of(hundred, under));
    assertThat(groups).extracting(EnterpriseGroup::band).containsExactly(Band.HUNDREDS_OF_BILLIONS, Band.TENS_OF_BILLIONS);
  }

  @Test
  void countedGroups_readAsTheirMembers_andGiveTheSameEvidenceAsRankingEveryMember() {
    List<EnterpriseGroup> groups = EnterpriseGroups.of(REGISTER);
    List<Fact> singles = List.of(new Cluster("C1", "", "green-low-carbon", new BigDecimal("5e11")));
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
    List<EnterpriseGroup> one = EnterpriseGroups.of(REGISTER.subList(0, 3));
    Counted counted = new Counted(one, List.of());
    assertThat(counted.get(counted.size() - 1)).isEqualTo(one.get(one.size() - 1).members().get(one.get(one.size() - 1).enterprises() - 1));
  }
}
