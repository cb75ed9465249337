package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.Shanghai;
import org.plancheck.FactSet;
import org.plancheck.Fact;
import org.plancheck.FactSets;
import org.plancheck.FactFormatException;
import org.plancheck.FactSchema;
import org.plancheck.FactSetInfo;

class FactSetsTest {
  private static final FactSchema SCHEMA = Shanghai.SCHEMA;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private FactFormatException error(Path path) {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(path, SCHEMA));
  }

  @Test
  void csvFolder_toleratesBom_freeColumnOrder_andOptionalColumns() throws IOException {
    write("enterprises.csv", "\uFEFFrevenue,industry,id,designations,international\n"
        + "5000亿,green-low-carbon,E1, leader ; core ,\n1e9,metaverse,E2,,TRUE\n");
    FactSet facts = FactSets.read(dir, SCHEMA);
    assertThat(facts.info().name()).isEqualTo(dir.getFileName().toString());
    assertThat(facts.kinds()).containsExactly("enterprises");
    Fact e1 = facts.facts("enterprises").get(0);
    assertThat(e1.amount()).isEqualByComparingTo("500000000000");
    assertThat(e1.get("designations")).isEqualTo(Set.of("leader", "core"));
    assertThat(e1.get("international")).isEqualTo(false);
    assertThat(e1.get("band")).isEqualTo("hundreds-of-billions");
    assertThat(facts.facts("enterprises").get(1).get("international")).isEqualTo(true);
  }

  @Test
  void csvFolder_readsNameDateAndRegionFromFactsetJson() throws IOException {
    write("scenarios.csv", "id,industry\nS1,metaverse\n");
    write("factset.json", "{\"name\": \"Pudong Q3\", \"asOf\": \"2025-09-30\", \"region\": \"Pudong\"}");
    FactSetInfo info = FactSets.read(dir, SCHEMA).info();
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
    assertThat(error(dir).problem()).startsWith("no fact files in the folder; expected one or more of clusters.csv, enterprises.csv");
  }

  @Test
  void misspelledFactFile_isRefusedRatherThanIgnored() throws IOException {
    write("enterprise.csv", "id,industry,revenue\n");
    assertThat(error(dir).getMessage()).isEqualTo(dir.resolve("enterprise.csv")
        + ": unknown fact file: the rules declare no kind @facts(\"enterprise\"); a fact-set folder holds clusters.csv,"
        + " enterprises.csv, factories.csv, indicators.csv, parks.csv, products.csv, scenarios.csv and factset.json");
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
  void aUrl_isRefusedSayingThatFilesAreRead_andWhatReadsIt() {
    // Made a path, "s3a://bucket/registers" becomes s3a:/bucket/registers.
    Path url = Path.of("s3a://bucket/registers");
    String because = "no such file or folder; a URL (s3a://) is not read here, where fact sets are read as files:"
        + " batch --engine spark reads registers at URLs through Hadoop's file systems (hdfs://, s3a:// with"
        + " hadoop-aws, file://); otherwise mount the store on every machine (as s3fs or an NFS gateway does) or"
        + " copy it, and give that path";
    assertThat(error(url).problem()).isEqualTo(because);
    assertThatThrownBy(() -> FactSets.discover(url)).isInstanceOf(FactFormatException.class).hasMessageEndingWith(because);
    // A relative path with a colon further on is a file name, not a URL.
    assertThat(error(dir.resolve("q4:/x")).problem()).isEqualTo("no such file or folder");
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
    FactSet facts = FactSets.read(file, SCHEMA);
    assertThat(facts.info().name()).isEqualTo("q4");
    assertThat(facts.kinds()).containsExactlyInAnyOrder("enterprises", "clusters");
    List<Fact> enterprises = facts.facts("enterprises");
    assertThat(enterprises.get(0).amount()).isEqualByComparingTo("350000000000");
    assertThat(enterprises.get(0).get("designations")).isEqualTo(Set.of("leader", "chain-leader"));
    assertThat(enterprises.get(1).amount()).isEqualByComparingTo("0.1");
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
