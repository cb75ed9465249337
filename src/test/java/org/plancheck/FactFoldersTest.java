package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.Shanghai;

/**
 * A folder's files are read largest first (FactFolders says why); what a reader sees must not
 * change with that: kinds in the schema's order, and the problem of the first kind in that order
 * that has one. The schema lists clusters before enterprises.
 */
class FactFoldersTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** An enterprises.csv of {@code rows} valid rows then {@code last}: larger than a one-row clusters.csv. */
  private static String enterprises(int rows, String last) {
    StringBuilder csv = new StringBuilder("id,industry,revenue\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("E").append(i).append(",metaverse,").append(1000 + i).append('\n');
    }
    return csv.append(last).toString();
  }

  private FactFormatException error() {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(dir, Shanghai.SCHEMA));
  }

  @Test
  void schemaOrder_putsClustersBeforeEnterprises() {
    assertThat(Shanghai.SCHEMA.kinds().stream().map(FactKind::name).toList())
        .containsSubsequence("clusters", "enterprises");
  }

  @Test
  void kindsKeepTheSchemasOrder_whenALaterKindsFileIsLarger() throws IOException {
    write("clusters.csv", "id,industry,scale\nC1,metaverse,1\n");
    write("enterprises.csv", enterprises(200, ""));
    FactSet facts = FactSets.read(dir, Shanghai.SCHEMA);
    assertThat(facts.kinds()).containsExactly("clusters", "enterprises");
    assertThat(facts.facts("enterprises")).hasSize(200);
  }

  @Test
  void problemsInTwoFiles_theEarlierKindsIsReported_thoughItsFileIsSmaller() throws IOException {
    write("clusters.csv", "id,industry,scale\nC1,metaverse,lots\n");
    write("enterprises.csv", enterprises(200, "E999,nowhere,1\n"));
    FactFormatException e = error();
    assertThat(e.source()).endsWith("clusters.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("scale");
  }

  @Test
  void aProblemOnlyInTheLargerLaterFile_isReported() throws IOException {
    write("clusters.csv", "id,industry,scale\nC1,metaverse,1\n");
    write("enterprises.csv", enterprises(200, "E999,nowhere,1\n"));
    FactFormatException e = error();
    assertThat(e.source()).endsWith("enterprises.csv");
    assertThat(e.line()).isEqualTo(202);
    assertThat(e.field()).isEqualTo("industry");
  }

  @Test
  void aProblemOnlyInTheSmallerEarlierFile_isReported() throws IOException {
    write("clusters.csv", "id,industry,scale\nC1,nowhere,1\n");
    write("enterprises.csv", enterprises(200, ""));
    FactFormatException e = error();
    assertThat(e.source()).endsWith("clusters.csv");
    assertThat(e.field()).isEqualTo("industry");
  }
}
