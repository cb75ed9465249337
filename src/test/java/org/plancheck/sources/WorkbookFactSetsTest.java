package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactFormatException;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.Limits;
import org.plancheck.Report;
import org.plancheck.Status;
import org.plancheck.testing.Shanghai;

/**
 * Fact sets as Excel workbooks: values read by cell type and checked with the CSV's sentences,
 * errors at workbook, sheet and cell, unknown and merged sheets refused, zip bombs stopped.
 */
class WorkbookFactSetsTest {
  @TempDir Path dir;

  /** Builds a workbook's sheets. */
  private interface Sheets {
    void write(Workbook workbook) throws IOException;
  }

  private Path workbook(String name, Sheets sheets) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "test", null);
      sheets.write(workbook);
      workbook.finish();
    }
    return file;
  }

  /** An enterprises sheet with a header and one row per {@code rows} entry (id, industry, revenue). */
  private static Worksheet enterprises(Workbook workbook, Object... rows) {
    Worksheet sheet = workbook.newWorksheet("enterprises");
    sheet.value(0, 0, "id");
    sheet.value(0, 1, "industry");
    sheet.value(0, 2, "revenue");
    for (int i = 0; i < rows.length; i++) {
      sheet.value(i + 1, 0, "E" + (i + 1));
      sheet.value(i + 1, 1, "metaverse");
      if (rows[i] instanceof BigDecimal d) {
        sheet.value(i + 1, 2, d);
      } else {
        sheet.value(i + 1, 2, (String) rows[i]);
      }
    }
    return sheet;
  }

  private static FactFormatException error(Path path) {
    return error(path, Limits.DEFAULT);
  }

  private static FactFormatException error(Path path, Limits limits) {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(path, Shanghai.SCHEMA, limits));
  }

  @Test
  void numbersAmountsAsTextBooleansAndDateCells_readAsTheCsvTextWould() throws IOException {
    Path file = workbook("typed.xlsx", w -> {
      enterprises(w, new BigDecimal("1500000000000"), "5000亿");
      Worksheet factories = w.newWorksheet("factories");
      factories.value(0, 0, "id");
      factories.value(0, 1, "industry");
      factories.value(0, 2, "smart");
      factories.value(0, 3, "opened");
      factories.value(1, 0, "F1");
      factories.value(1, 1, "intelligent-terminal");
      factories.value(1, 2, true);
      factories.value(1, 3, LocalDate.of(2024, 6, 30));
      factories.style(1, 3).format("yyyy-mm-dd").set();
      Worksheet info = w.newWorksheet("factset");
      info.value(0, 0, "asOf");
      info.value(0, 1, LocalDate.of(2025, 12, 31));
      info.style(0, 1).format("yyyy/m/d").set();
      info.value(1, 0, "region");
      info.value(1, 1, "Pudong");
    });
    FactSet facts = FactSets.read(file, Shanghai.SCHEMA);
    assertThat(facts.info().name()).isEqualTo("typed");
    assertThat(facts.info().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(facts.info().region()).isEqualTo("Pudong");
    assertThat(facts.facts("enterprises")).extracting(f -> f.get("revenue"))
        .containsExactly(new BigDecimal("1500000000000"), new BigDecimal("500000000000"));
    assertThat(facts.facts("factories").get(0).get("smart")).isEqualTo(true);
    assertThat(facts.facts("factories").get(0).get("opened")).isEqualTo(LocalDate.of(2024, 6, 30));
    // No parks sheet: the kind is absent, and the goals that need it are UNKNOWN.
    assertThat(facts.has("parks")).isFalse();
    Report report = Shanghai.RULES.evaluate(facts);
    assertThat(report.goals()).filteredOn(g -> g.label().equals("GLC-PARKS")).extracting(g -> g.status())
        .containsExactly(Status.UNKNOWN);
  }

  @Test
  void textInANumericColumn_getsTheCsvSentence_atTheCell() throws IOException {
    Path file = workbook("register.xlsx", w -> enterprises(w, new BigDecimal("1"), "lots"));
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csv.resolve("enterprises.csv"), "id,industry,revenue\nE1,metaverse,1\nE2,metaverse,lots\n");
    assertThat(error(file).getMessage()).isEqualTo(file + ":enterprises!C3: revenue: expected an amount such as"
        + " 1234.5, 5e11, 5000亿 or 500 billion, got 'lots'");
    assertThat(error(file).problem()).isEqualTo(error(csv).problem());
  }

  @Test
  void aSheetNoKindIsNamedFor_isRefusedAsAnUnknownCsvFileIs() throws IOException {
    Path file = workbook("register.xlsx", w -> {
      enterprises(w, new BigDecimal("1"));
      w.newWorksheet("enterprise").value(0, 0, "id");
    });
    assertThat(error(file).getMessage()).isEqualTo(file + ":enterprise: unknown sheet: the rules declare no kind"
        + " @facts(\"enterprise\"); a workbook holds sheets " + Shanghai.SCHEMA.names() + " and factset");
    Path upper = workbook("upper.xlsx", w -> w.newWorksheet("Enterprises").value(0, 0, "id"));
    assertThat(error(upper).getMessage()).isEqualTo(upper + ":Enterprises: sheet names are lower-case: rename it to enterprises");
  }

  @Test
  void aMergedHeader_isRefusedAtItsRange() throws IOException {
    Path file = workbook("merged.xlsx", w -> enterprises(w, new BigDecimal("1")).range(0, 0, 0, 1).merge());
    assertThat(error(file).getMessage())
        .isEqualTo(file + ":enterprises!A1:B1: header cells are merged; give each column a header cell of its own");
  }

  @Test
  void headerProblems_areLocatedAtTheirCell() throws IOException {
    Path twice = workbook("twice.xlsx", w -> enterprises(w).value(0, 2, "id"));
    assertThat(error(twice).getMessage()).isEqualTo(twice + ":enterprises!C1: id: column 'id' appears twice in the header");
    Path gap = workbook("gap.xlsx", w -> {
      Worksheet sheet = enterprises(w);
      sheet.value(0, 1, (String) null);
      sheet.value(0, 3, "industry");
    });
    assertThat(error(gap).getMessage()).startsWith(gap + ":enterprises!B1: the header cell is empty; name the column");
    Path empty = workbook("empty.xlsx", w -> w.newWorksheet("enterprises"));
    assertThat(error(empty).getMessage()).startsWith(empty + ":enterprises!A1: the sheet is empty; expected a header row with id");
  }

  @Test
  void aNumberInADateColumn_orAFormulaNeverComputed_isRefusedAtTheCell() throws IOException {
    Path number = workbook("number.xlsx", w -> {
      Worksheet factories = w.newWorksheet("factories");
      factories.value(0, 0, "id");
      factories.value(0, 1, "industry");
      factories.value(0, 2, "opened");
      factories.value(1, 0, "F1");
      factories.value(1, 1, "intelligent-terminal");
      factories.value(1, 2, 2024);
    });
    assertThat(error(number).getMessage()).isEqualTo(number + ":factories!C2: opened: expected a date like 2024-06-30,"
        + " got the number 2024; format the cell as a date or write the date as text");
    Path formula = workbook("formula.xlsx", w -> enterprises(w, new BigDecimal("1")).formula(1, 2, "1+1"));
    assertThat(error(formula).getMessage()).isEqualTo(formula + ":enterprises!C2: revenue: the formula =1+1 has no"
        + " saved value; open the workbook in Excel and save it, so that its formulas are computed");
  }

  @Test
  void aFormula_isReadByItsCachedValue() throws IOException {
    Path file = rewrite(workbook("cached.xlsx", w -> enterprises(w, new BigDecimal("123"))), "xl/worksheets/sheet1.xml",
        xml -> xml.replace("<v>123</v>", "<f>100+23</f><v>123</v>"));
    assertThat(FactSets.read(file, Shanghai.SCHEMA).facts("enterprises").get(0).get("revenue"))
        .isEqualTo(new BigDecimal("123"));
  }

  @Test
  void aValueOverTheFieldLimit_isRefusedAtTheCell() throws IOException {
    Path file = workbook("long.xlsx", w -> enterprises(w, "x".repeat(200)));
    assertThat(error(file, new Limits(1 << 20, 100, 100, 32, 1000)).getMessage())
        .isEqualTo(file + ":enterprises!C2: revenue: a value longer than the limit of 100 characters;"
            + " raise it with Limits.maxFieldLength");
  }

  @Test
  void aZipBomb_isStoppedWhileUnpacking_withTheSheetNamed() throws IOException {
    // 56 MB of empty comments after the sheet's end pack into some 60 kB: far past 100 times.
    Path file = rewrite(workbook("bomb.xlsx", w -> enterprises(w, new BigDecimal("1"))), "xl/worksheets/sheet1.xml",
        xml -> xml + "<!---->".repeat(8 << 20));
    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThat(error(file).getMessage())
        .isEqualTo(file + ":enterprises: unpacks to more than 100 times its packed size (a zip bomb?); refused");
  }

  @Test
  void aWorkbookUnpackingPastTheSizeLimit_orOfTooManyEntries_isRefused() throws IOException {
    Path file = workbook("big.xlsx", w -> enterprises(w, new BigDecimal("1")));
    // Within the limit packed, past it unpacked.
    long limit = Files.size(file) + 1;
    assertThat(error(file, new Limits(limit, 100, 100, 32, 1000)).getMessage()).endsWith(": the workbook unpacks to"
        + " more than the limit of " + limit + " bytes (a zip bomb?); raise it with Limits.maxFileBytes");
    Path many = dir.resolve("many.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
      for (int i = 0; i <= WorkbookScan.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }
    assertThat(error(many).getMessage())
        .isEqualTo(many + ": the workbook holds 1001 entries, more than 1000 (a zip bomb?); refused");
  }

  @Test
  void notAWorkbook_isSaidSo() throws IOException {
    Path csv = Files.writeString(dir.resolve("renamed.xlsx"), "id,industry\n");
    assertThat(error(csv).getMessage()).isEqualTo(csv + ": not an Excel workbook (.xlsx): it is not a zip archive");
  }

  @Test
  void writeXlsx_givesBackTheSameFactsAndReport() throws IOException {
    FactSet csv = FactSets.read(Path.of("fixtures/shanghai-2025"), Shanghai.SCHEMA);
    Path file = dir.resolve("shanghai-2025.xlsx");
    FactSets.writeXlsx(csv, file);
    FactSet xlsx = FactSets.read(file, Shanghai.SCHEMA);
    assertThat(xlsx.info()).isEqualTo(csv.info());
    assertThat(Shanghai.RULES.evaluate(xlsx).toJson()).isEqualTo(Shanghai.RULES.evaluate(csv).toJson());
  }

  @Test
  void aWorkbookInACsvFolder_isRefused_andDiscoveryFindsWorkbooks() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("set"));
    Files.writeString(folder.resolve("enterprises.csv"), "id,industry,revenue\n");
    Files.copy(workbook("w.xlsx", w -> enterprises(w)), folder.resolve("w.xlsx"));
    assertThat(error(folder).getMessage()).isEqualTo(folder.resolve("w.xlsx") + ": a workbook in a folder of CSV fact"
        + " files; a workbook is a fact set of its own: move it out of the folder");
    assertThat(FactSets.discover(dir)).contains(dir.resolve("w.xlsx"));
  }

  /** Returns a copy of {@code file} with the text of {@code entry} changed by {@code change}. */
  private Path rewrite(Path file, String entry, UnaryOperator<String> change) throws IOException {
    Path copy = dir.resolve("re-" + file.getFileName());
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }
}
