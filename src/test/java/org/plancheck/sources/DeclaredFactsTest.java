package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactSet;
import org.plancheck.Fact;
import org.plancheck.FactSets;
import org.plancheck.FactFormatException;
import org.plancheck.FactSchema;
import org.plancheck.Limits;
import org.plancheck.Evaluator;

/** Facts of a kind declared in DRL are read, checked and located as the shipped kinds are. */
class DeclaredFactsTest {
  private static final FactSchema SCHEMA = Evaluator.checkRuleTexts(Map.of("facts.drl", """
      package p;
      declare Firm
          @facts("firms")
          id : String @key
          sector : String @required @words("drugs, devices")
          lab : String @words("wet, dry") @wordsIf("sector == drugs")
          revenue : java.math.BigDecimal @required @amount
          share : java.math.BigDecimal @range("0, 100")
          rate : java.math.BigDecimal @range("0, 1") @rangeIf("sector in (drugs)")
          staff : long
          tags : java.util.Set @words("listed, state-owned")
          band : String @bands("revenue: small from 0, large from 1 billion")
      end
      declare Approval
          @facts("approvals")
          @unique("firm, drug")
          id : String @key
          firm : String @required @references("Firm")
          drug : String @required
          approved : java.time.LocalDate @required
      end
      """)).schema();

  @TempDir Path dir;

  private static FactFormatException json(String document) {
    return catchThrowableOfType(FactFormatException.class,
        () -> FactSets.readJson(new StringReader(document), "doc.json", SCHEMA, Limits.DEFAULT));
  }

  private FactFormatException csv(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(dir, SCHEMA));
  }

  @Test
  void goodFacts_areTypedAsDeclared_withComputedBands() {
    FactSet facts = FactSets.readJson(new StringReader("""
        {"firms": [{"id": "F1", "sector": "drugs", "lab": "wet", "revenue": "12亿", "share": 7.5, "staff": 300,
                    "tags": ["listed"]},
                   {"id": "F2", "sector": "devices", "lab": "any text here", "revenue": 5}],
         "approvals": [{"id": "A1", "firm": "F1", "drug": "x", "approved": "2025-03-01"}]}
        """), "doc.json", SCHEMA, Limits.DEFAULT);
    Fact f1 = facts.facts("firms").get(0);
    assertThat(f1.amount()).isEqualByComparingTo("1200000000");
    assertThat(f1.get("band")).isEqualTo("large");
    assertThat(f1.get("staff")).isEqualTo(300L);
    assertThat(f1.get("tags")).isEqualTo(Set.of("listed"));
    assertThat(facts.facts("firms").get(1).get("band")).isEqualTo("small");
    assertThat(facts.facts("approvals").get(0).get("approved")).hasToString("2025-03-01");
  }

  @Test
  void anUnknownWord_listsTheAllowedOnes_andWordsIfLimitsWhereTheyApply() {
    assertThat(json("{\"firms\": [{\"id\": \"F1\", \"sector\": \"drugz\", \"revenue\": 1}]}").getMessage())
        .isEqualTo("doc.json:1:35: firms[0].sector: unknown sector 'drugz'; expected one of devices, drugs");
    assertThat(json("{\"firms\": [{\"id\": \"F1\", \"sector\": \"drugs\", \"lab\": \"moist\", \"revenue\": 1}]}").problem())
        .isEqualTo("unknown lab 'moist'; expected one of dry, wet");
    assertThat(json("{\"firms\": [{\"id\": \"F1\", \"sector\": \"drugs\", \"revenue\": 1, \"tags\": [\"big\"]}]}").problem())
        .isEqualTo("unknown tag 'big'; expected one of listed, state-owned");
  }

  @Test
  void rangesWholeNumbersAndDates_areCheckedWhereTheyStand() throws IOException {
    assertThat(csv("firms.csv", "id,sector,revenue,share\nF1,drugs,1,100.5\n").getMessage())
        .isEqualTo(dir.resolve("firms.csv") + ":2: share: 100.5 is outside the range 0 to 100 (@range)");
    assertThat(csv("firms.csv", "id,sector,revenue,staff\nF1,drugs,1,3.5\n").problem()).startsWith("expected a whole number");
    assertThat(csv("firms.csv", "id,sector,revenue,staff\nF1,drugs,1,9223372036854775807\n")).as("the largest long").isNull();
    assertThat(csv("firms.csv", "id,sector,revenue,staff\nF1,drugs,1,9223372036854775808\n").problem())
        .isEqualTo("expected a whole number between -9223372036854775808 and 9223372036854775807,"
            + " got '9223372036854775808'");
    assertThat(csv("firms.csv", "id,sector,revenue,rate\nF1,drugs,1,2\n").problem())
        .isEqualTo("2 is outside the range 0 to 1 (@range)");
    Files.writeString(dir.resolve("firms.csv"), "id,sector,revenue\nF1,drugs,1\n");
    assertThat(csv("approvals.csv", "id,firm,drug,approved\nA1,F1,x,+12024-06-30\n").problem())
        .isEqualTo("expected a date like 2024-06-30, got '+12024-06-30'");
  }

  @Test
  void aComputedField_isNotAColumn() throws IOException {
    assertThat(csv("firms.csv", "id,sector,revenue,band\nF1,drugs,1,large\n").problem())
        .isEqualTo("unknown column 'band' in firms; allowed: id, sector, revenue, lab, share, rate, staff, tags"
            + " (band is computed from revenue by @bands, not read)");
  }

  @Test
  void referencesAndUniqueCombinations_areCheckedAcrossTheFactSet() throws IOException {
    Files.writeString(dir.resolve("firms.csv"), "id,sector,revenue\nF1,drugs,1\n");
    assertThat(csv("approvals.csv", "id,firm,drug,approved\nA1,F1,x,2025-01-01\nA2,F9,y,2025-01-02\n").getMessage())
        .isEqualTo(dir.resolve("approvals.csv") + ":3: firm: no firm 'F9' in firms.csv");
    assertThat(csv("approvals.csv", "id,firm,drug,approved\nA1,F1,x,2025-01-01\nA2,F1,x,2025-01-02\n").getMessage())
        .isEqualTo(dir.resolve("approvals.csv") + ":3: drug: drug 'x' of F1 is already given on line 2");
    assertThat(json("{\"firms\": [], \"approvals\": [{\"id\": \"A1\", \"firm\": \"F1\", \"drug\": \"x\", \"approved\": \"2025-01-01\"}]}")
        .getMessage()).isEqualTo("doc.json:1: approvals[0].firm: no firm 'F1' in firms");
  }

  @Test
  void idsWithInvisibleCharacters_areRefused() {
    assertThat(json("{\"firms\": [{\"id\": \"F1\\u200b\", \"sector\": \"drugs\", \"revenue\": 1}]}").problem())
        .isEqualTo("the value contains the invisible or control character U+200B; ids and words must be plain text");
    assertThat(json("{\"firms\": [{\"id\": \"F\\u00a01\", \"sector\": \"drugs\", \"revenue\": 1}]}").problem())
        .contains("U+00A0");
  }

  @Test
  void theBuilder_checksValuesAsTheReadersDo() {
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> FactSet.builder(SCHEMA, "code")
        .add("firms", Map.of("id", "F1", "sector", "drugs", "revenue", "-5")).build());
    assertThat(e.getMessage()).isEqualTo("code: firms[0].revenue: an amount cannot be negative, got '-5'");
    assertThat(catchThrowableOfType(FactFormatException.class, () -> FactSet.builder(SCHEMA, "code").with("nope"))
        .problem()).isEqualTo("no fact kind 'nope' is declared; the rules declare approvals, firms");
  }
}
