package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticFactSetsTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));

  @TempDir Path temp;

  @Test
  void sameSizeAndSeed_giveTheSameFacts_andEveryBandAndDesignationIsThere() {
    FactSet a = SyntheticFactSets.generate(5000, 3);
    assertThat(SyntheticFactSets.generate(5000, 3)).isEqualTo(a);
    assertThat(SyntheticFactSets.generate(5000, 4)).isNotEqualTo(a);
    assertThat(a.enterprises()).hasSize(5000);
    for (Band band : Band.values()) {
      assertThat(a.enterprises()).as(band.name()).anyMatch(e -> band.contains(e.revenue()));
    }
    for (String designation : Vocabulary.DESIGNATIONS) {
      assertThat(a.enterprises()).as(designation).anyMatch(e -> e.designations().contains(designation));
    }
    Report report = RULES.evaluate(a);
    assertThat(report.unknown()).isEmpty();
  }

  @Test
  void writeCsv_thenRead_givesTheSameFacts() throws IOException {
    FactSet facts = SyntheticFactSets.generate(2000, 9);
    FactSets.writeCsv(facts, temp.resolve("set"));
    FactSet back = FactSets.read(temp.resolve("set"));
    assertThat(back).isEqualTo(facts);
    assertThat(Files.readString(temp.resolve("set/enterprises.csv"))).startsWith("id,name,industry,segment,revenue");
  }
}
