package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactSetsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private FactFormatException error(Path path) {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(path));
  }

  @Test
  void csvFolder_toleratesBom_freeColumnOrder_andOptionalColumns() throws IOException {
    write("enterprises.csv", "\uFEFFrevenue,industry,id,designations,international\n"
        + "5000亿,green-low-carbon,E1, leader ; core ,\n1e9,metaverse,E2,,TRUE\n");
    FactSet facts = FactSets.read(dir);
    assertThat(facts.info().name()).isEqualTo(dir.getFileName().toString());
    assertThat(facts.present()).containsExactly(FactKind.ENTERPRISES);
    Enterprise e1 = facts.enterprises().get(0);
    assertThat(e1.revenue()).isEqualByComparingTo("500000000000");
    assertThat(e1.designations()).containsExactlyInAnyOrder("leader", "core");
    assertThat(e1.international()).isFalse();
    assertThat(facts.enterprises().get(1).international()).isTrue();
  }

  @Test
  void csvFolder_readsNameDateAndRegionFromFactsetJson() throws IOException {
    write("scenarios.csv", "id,industry\nS1,metaverse\n");
    write("factset.json", "{\"name\": \"Pudong Q3\", \"asOf\": \"2025-09-30\", \"region\": \"Pudong\"}");
    FactSetInfo info = FactSets.read(dir).info();
    assertThat(info).isEqualTo(new FactSetInfo("Pudong Q3", java.time.LocalDate.of(2025, 9, 30), "Pudong"));
  }

  @Test
  void factsetJson_withABadDateOrUnknownField_isAnError() throws IOException {
    write("scenarios.csv", "id,industry\n");
    write("factset.json", "{\"name\": \"x\", \"asOf\": \"Q3 2025\"}");
    assertThat(error(dir).getMessage()).endsWith("factset.json: asOf: expected a date like 2025-12-31, got 'Q3 2025'");
    write("factset.json", "{\"name\": \"x\", \"enterprises\": []}");
    assertThat(error(dir).getMessage()).contains("factset.json:1:15: enterprises: unknown field 'enterprises'; allowed: name, asOf, region");
  }

  @Test
  void folderWithoutFactFiles_isAnError() {
    assertThat(error(dir).problem()).startsWith("no fact files in the folder; expected one or more of enterprises.csv");
  }

  @Test
  void misspelledFactFile_isRefusedRatherThanIgnored() throws IOException {
    write("enterprise.csv", "id,industry,revenue\n");
    assertThat(error(dir).getMessage()).isEqualTo(dir.resolve("enterprise.csv")
        + ": unknown fact file; a fact-set folder holds enterprises.csv, clusters.csv, parks.csv, "
        + "scenarios.csv, products.csv, indicators.csv, factories.csv and factset.json");
  }

  @Test
  void zeroByteFile_andInvalidUtf8_areErrorsNamingTheFile() throws IOException {
    write("parks.csv", "");
    assertThat(error(dir).getMessage()).isEqualTo(dir.resolve("parks.csv")
        + ":1: the file is empty; expected a header row with id, industry, field");
    Files.write(dir.resolve("parks.csv"), new byte[] {'i', 'd', ',', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(error(dir).problem()).isEqualTo("the file is not valid UTF-8 text (save it as UTF-8; a binary file cannot be read)");
    assertThat(error(dir).line()).isEqualTo(1);
  }

  @Test
  void duplicateHeader_isAnError() throws IOException {
    write("products.csv", "id,industry,id\n");
    assertThat(error(dir).getMessage()).endsWith("products.csv:1: id: column 'id' appears twice in the header");
  }

  @Test
  void missingPath_isAnError() {
    assertThat(error(dir.resolve("nowhere")).problem()).isEqualTo("no such file or folder");
  }

  @Test
  void jsonFile_readsArraysNumbersAndStrings_andLeavesMissingKindsAbsent() throws IOException {
    Path file = write("q4.json", """
        {"asOf": "2025-12-31",
         "enterprises": [{"id": "E1", "industry": "metaverse", "revenue": 3.5e11,
                          "designations": ["leader", "chain-leader"], "international": true},
                         {"id": "E2", "industry": "metaverse", "revenue": "0.1"}],
         "clusters": []}
        """);
    FactSet facts = FactSets.read(file);
    assertThat(facts.info().name()).isEqualTo("q4");
    assertThat(facts.present()).containsExactlyInAnyOrder(FactKind.ENTERPRISES, FactKind.CLUSTERS);
    assertThat(facts.enterprises().get(0).revenue()).isEqualByComparingTo("350000000000");
    assertThat(facts.enterprises().get(0).designations()).containsExactlyInAnyOrder("leader", "chain-leader");
    assertThat(facts.enterprises().get(1).revenue()).isEqualByComparingTo("0.1");
  }

  @Test
  void jsonFile_errorsCarryLineColumnAndPath() throws IOException {
    Path file = write("x.json", "{\"enterprises\": [\n  {\"id\": \"E1\", \"industry\": \"metaverse\", \"revenue\": 1, \"size\": 3}\n]}");
    assertThat(error(file).getMessage()).isEqualTo(file + ":2:55: enterprises[0].size: unknown field 'size' in "
        + "enterprises; allowed: id, industry, revenue, name, segment, designations, international");
  }

  @Test
  void jsonFile_ofTheWrongShape_isAnError() throws IOException {
    assertThat(error(write("a.json", "[1, 2]")).problem()).isEqualTo("expected a JSON object, got an array");
    assertThat(error(write("b.json", "{\"parks\": {}}")).getMessage()).endsWith("b.json:1:11: parks: expected an array of parks, got an object");
    assertThat(error(write("c.json", "{\"name\": \"a\", \"name\": \"b\"}")).problem()).contains("Duplicate field 'name'");
    assertThat(error(write("d.json", "{\"products\": [{\"id\": {\"x\": 1}}]}")).problem())
        .isEqualTo("expected a single value (text, number or true/false), got an object");
  }

  @Test
  void duplicateIdsInJson_areReportedWithTheFirstLine() throws IOException {
    Path file = write("e.json", "{\"scenarios\": [\n{\"id\": \"S\", \"industry\": \"metaverse\"},\n{\"id\": \"S\", \"industry\": \"metaverse\"}]}");
    assertThat(error(file).getMessage()).isEqualTo(file + ":3:8: scenarios[1].id: duplicate id 'S'; first used on line 2");
  }
}
