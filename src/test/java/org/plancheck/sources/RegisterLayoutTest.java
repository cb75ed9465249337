package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactFormatException;

class RegisterLayoutTest {
  @TempDir Path temp;

  private void part(String path) throws Exception {
    Path file = temp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "id\n");
  }

  @Test
  void factSets_areEveryCombinationSomeTableHolds_inPathOrder() throws Exception {
    part("enterprises/region=Pudong/asOf=2025-12-31/part-0.csv");
    part("enterprises/region=Minhang/asOf=2025-12-31/part-0.csv");
    part("clusters/region=Pudong/asOf=2026-06-30/part-0.csv");
    part("clusters/_SUCCESS");
    assertThat(RegisterLayout.isRoot(temp)).isTrue();
    assertThat(RegisterLayout.factSets(temp).stream().map(RegisterPartition::name).toList()).containsExactly(
        "region=Minhang/asOf=2025-12-31", "region=Pudong/asOf=2025-12-31", "region=Pudong/asOf=2026-06-30");
  }

  @Test
  void factSetPath_namesItsPartition_withHiveEscapesUndone() throws Exception {
    part("enterprises/region=Pu%2Fdong/asOf=2025-12-31/part-0.csv");
    RegisterPartition p = RegisterLayout.partition(temp.resolve("region=Pu%2Fdong/asOf=2025-12-31")).orElseThrow();
    assertThat(p.root()).isEqualTo(temp.toString());
    assertThat(p.keys()).containsExactly("region", "asOf");
    assertThat(p.values()).containsExactly("Pu/dong", "2025-12-31");
    assertThat(p.value("asOf")).isEqualTo("2025-12-31");
    assertThat(p.folder("clusters")).isEqualTo(temp.resolve("clusters/region=Pu%2Fdong/asOf=2025-12-31").toString());
    // A folder that exists is no register fact set, whatever its name.
    assertThat(RegisterLayout.partition(temp.resolve("enterprises/region=Pu%2Fdong"))).isEmpty();
  }

  @Test
  void factSetFoldersNamedKeyEqualsValue_areNoRegister() throws Exception {
    part("sets/region=Pudong/enterprises.csv");
    assertThat(RegisterLayout.isRoot(temp.resolve("sets"))).isFalse();
  }

  @Test
  void tablesPartitionedByOtherKeys_areRefused() throws Exception {
    part("enterprises/region=Pudong/asOf=2025-12-31/part-0.csv");
    part("parks/asOf=2025-12-31/region=Pudong/part-0.csv");
    assertThatThrownBy(() -> RegisterLayout.factSets(temp)).isInstanceOf(FactFormatException.class)
        .hasMessageContaining("partitioned by [asOf, region] where").hasMessageContaining("[region, asOf]");
  }

  @Test
  void registerBesideAFolderThatIsNoTable_isRefused() throws Exception {
    part("enterprises/region=Pudong/part-0.csv");
    part("notes/readme.txt");
    assertThatThrownBy(() -> RegisterLayout.isRoot(temp)).isInstanceOf(FactFormatException.class)
        .hasMessage(temp.resolve("notes") + ": a register folder (enterprises is a partitioned table) also holds a"
            + " folder that is not one; a register holds only one table folder per fact kind, each split into"
            + " key=value folders: move it out");
  }

  @Test
  void unescape_leavesWhatIsNoEscapeAsItIs() {
    assertThat(RegisterPartition.unescape("a%3Db%25%zz%4")).isEqualTo("a=b%%zz%4");
    assertThat(List.of(RegisterLayout.partitionFolder("a=b"), RegisterLayout.partitionFolder("=b"),
        RegisterLayout.partitionFolder("_a=b"), RegisterLayout.dataFile(".x.crc"))).containsExactly(true, false, false, false);
  }

  @Test
  void keysAreMatchedIgnoringCase_hivesNullPartitionIsNull_andEscapedUtf8IsItsText() throws Exception {
    part("enterprises/region=__HIVE_DEFAULT_PARTITION__/asof=2025-12-31/part-0.csv");
    part("enterprises/region=%E6%B5%A6%E4%B8%9C/asof=2025-12-31/part-0.csv");
    List<RegisterPartition> sets = RegisterLayout.factSets(temp);
    // Hive lower-cases partition folder names: asof is still the fact set's date.
    assertThat(sets).extracting(p -> p.value("asOf")).containsOnly("2025-12-31");
    assertThat(sets).extracting(p -> p.value("region")).containsExactlyInAnyOrder(null, "浦东");
    // An escape that is not UTF-8 stays one character, as Hive unescapes it.
    assertThat(RegisterPartition.unescape("a%2Fb%FFc")).isEqualTo("a/b\u00ffc");
  }

  @Test
  void hiveNamedFactSetFolders_areFactSets_notATable() throws Exception {
    // A parent of fact-set folders named region=.../asOf=... (each with its factset.json), beside
    // a plain fact-set folder: fact sets, as before registers were read.
    Path set = temp.resolve("sets/region=Pudong/asOf=2025-12-31");
    Files.createDirectories(set);
    Files.writeString(set.resolve("enterprises.csv"), "id\n");
    Files.writeString(set.resolve("factset.json"), "{\"name\": \"p\"}");
    Files.createDirectories(temp.resolve("other"));
    Files.writeString(temp.resolve("other/enterprises.csv"), "id\n");
    assertThat(RegisterLayout.isRoot(temp)).isFalse();
    assertThat(RegisterLayout.isRoot(temp.resolve("sets"))).isFalse();
    assertThat(org.plancheck.FactSets.discover(temp)).containsExactly(temp.resolve("other"), set);
  }
}
