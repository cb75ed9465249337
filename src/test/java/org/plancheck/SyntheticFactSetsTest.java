package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.Shanghai;

class SyntheticFactSetsTest {
  private static final Evaluator RULES = Shanghai.RULES;

  @TempDir Path temp;

  @Test
  void sameSizeAndSeed_giveTheSameFacts_andEveryBandAndDeclaredWordIsThere() {
    FactSet a = SyntheticFactSets.generate(RULES.schema(), 5000, 3);
    assertThat(SyntheticFactSets.generate(RULES.schema(), 5000, 3)).isEqualTo(a);
    assertThat(SyntheticFactSets.generate(RULES.schema(), 5000, 4)).isNotEqualTo(a);
    List<Fact> enterprises = a.facts("enterprises");
    assertThat(enterprises).hasSize(5000);
    assertThat(a.facts("clusters")).hasSize(10);
    for (String band : List.of("billions", "tens-of-billions", "hundreds-of-billions")) {
      assertThat(enterprises).as(band).anyMatch(e -> e.get("band").equals(band));
    }
    for (String designation : List.of("leader", "chain-leader", "core", "featured", "specialist")) {
      assertThat(enterprises).as(designation).anyMatch(e -> ((Set<?>) e.get("designations")).contains(designation));
    }
    assertThat(a.kinds()).containsExactlyInAnyOrderElementsOf(Shanghai.KINDS);
  }

  @Test
  void writeCsv_thenRead_givesTheSameFacts() throws IOException {
    FactSet facts = SyntheticFactSets.generate(RULES.schema(), 2000, 9);
    FactSets.writeCsv(facts, temp.resolve("set"));
    FactSet back = FactSets.read(temp.resolve("set"), RULES.schema());
    assertThat(back).isEqualTo(facts);
    assertThat(Files.readString(temp.resolve("set/enterprises.csv"))).startsWith("id,name,industry,segment,revenue");
  }
}
