package org.plancheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.Evaluator;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSets;

class StreamedFactsTest {
  private static final Evaluator RULES = Evaluator.fromRules(Path.of("rules"));
  private static final FactKind PARKS = RULES.schema().kind("parks").orElseThrow();
  private static final List<Fact> THREE = FactSets.read(Path.of("fixtures/shanghai-2025"), RULES.schema())
      .facts("parks").subList(0, 3);

  @Test
  void listedFacts_areReadAgainOnce_inSourceOrder() {
    int[] reads = {0};
    StreamedFacts facts = new StreamedFacts(PARKS, 3, sink -> {
      reads[0]++;
      THREE.forEach(sink);
    }, null);
    assertThat(facts).containsExactlyElementsOf(THREE);
    assertThat(facts.get(2)).isEqualTo(THREE.get(2));
    assertThat(reads[0]).isEqualTo(1);
  }

  @Test
  void aSourceThatNowGivesOtherCounts_isRefusedAsAChangedFile() {
    StreamedFacts facts = new StreamedFacts(PARKS, 3, sink -> THREE.subList(0, 2).forEach(sink), null);
    assertThatThrownBy(() -> facts.get(0)).isInstanceOf(FactFormatException.class)
        .hasMessage("parks.csv: the file changed after it was evaluated (2 facts now, 3 then); evaluate it again to list its facts");
  }
}
