package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;
import org.plancheck.Limits;

/**
 * Reads a fact set from one Excel workbook (.xlsx): a sheet per declared kind, named as the
 * kind's {@code @facts}, and an optional {@code factset} sheet of keys (column A: {@code name},
 * {@code asOf}, {@code region}) and their values (column B). A kind without a sheet is absent; a
 * sheet that is no kind is refused, as an unknown CSV file is. The workbook is unpacked once
 * first to refuse a zip bomb ({@link WorkbookScan}), then streamed sheet by sheet; the facts are
 * held, as a JSON fact set's are.
 */
public final class XlsxFactReader {
  private static final List<String> INFO_KEYS = List.of("name", "asOf", "region");

  private XlsxFactReader() {}

  /**
   * Reads the workbook at {@code file} against {@code schema}.
   *
   * @param defaultName the fact set's name when the factset sheet gives none
   * @throws FactFormatException naming the workbook, sheet and cell of the first problem found
   */
  public static FactSet read(Path file, FactSchema schema, String defaultName, Limits limits) {
    WorkbookScan.Result scan = WorkbookScan.scan(file, limits);
    MemoryCheck.checkUnpacked(file, scan.unpacked(), Runtime.getRuntime().maxMemory());
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      checkSheetNames(file, sheets, schema);
      Optional<Sheet> infoSheet = sheets.stream().filter(s -> s.getName().equals(Sheets.INFO_SHEET)).findFirst();
      FactSetInfo info = infoSheet.isEmpty() ? new FactSetInfo(defaultName, null, null)
          : info(infoSheet.get(), Sheets.sheet(file.toString(), Sheets.INFO_SHEET), scan, defaultName, limits);
      FactSet.Builder facts = FactSet.builder(schema, info);
      boolean any = false;
      for (FactKind kind : schema.kinds()) {
        Optional<Sheet> sheet = sheets.stream().filter(s -> s.getName().equals(kind.name())).findFirst();
        if (sheet.isPresent()) {
          String place = Sheets.sheet(file.toString(), kind.name());
          SheetReader.Read read = SheetReader.read(sheet.get(), place, kind,
              scan.merges().getOrDefault(kind.name(), List.of()), limits);
          facts.addRead(kind, read.facts(), References.Origin.sheet(place, read.letters()));
          any = true;
        }
      }
      if (!any) {
        throw new FactFormatException(file, 0, 0, null,
            "no fact sheets in the workbook; expected one or more of " + schema.names(), null);
      }
      return facts.build();
    } catch (IOException | ExcelReaderException | java.io.UncheckedIOException e) {
      throw new FactFormatException(file, 0, 0, null, "not a readable .xlsx workbook (" + e.getMessage() + ")", e);
    }
  }

  /** A misspelled sheet would silently make goals UNKNOWN: refuse it instead. */
  private static void checkSheetNames(Path file, List<Sheet> sheets, FactSchema schema) {
    for (Sheet sheet : sheets) {
      String name = sheet.getName();
      if (name.equals(Sheets.INFO_SHEET) || schema.kind(name).isPresent()) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      String place = Sheets.sheet(file.toString(), name);
      if (lower.equals(Sheets.INFO_SHEET) || schema.kind(lower).isPresent()) {
        throw new FactFormatException(place, 0, 0, null, "sheet names are lower-case: rename it to " + lower, null);
      }
      throw new FactFormatException(place, 0, 0, null, "unknown sheet: the rules declare no kind @facts(\"" + name
          + "\"); a workbook holds sheets " + schema.names() + " and " + Sheets.INFO_SHEET, null);
    }
  }

  /** Reads the factset sheet: a key in column A and its value in column B, one per row. */
  private static FactSetInfo info(Sheet sheet, String place, WorkbookScan.Result scan, String defaultName,
      Limits limits) throws IOException {
    SheetReader.refuseMerges(place, scan.merges().getOrDefault(Sheets.INFO_SHEET, List.of()));
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
      for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
        int n = row.getRowNum();
        String key = text(row, 0, place, n, limits);
        for (int i = 2; i < row.getCellCount(); i++) {
          if (text(row, i, place, n, limits) != null) {
            throw new FactFormatException(place + "!" + Sheets.letters(i) + n, 0, 0, null, "a value beyond column B;"
                + " the factset sheet holds a key in column A and its value in column B", null);
          }
        }
        String value = text(row, 1, place, n, limits);
        if (key == null) {
          if (value != null) {
            throw new FactFormatException(place + "!A" + n, 0, 0, null, "a value without a key; allowed: "
                + String.join(", ", INFO_KEYS), null);
          }
          continue;
        }
        if (!INFO_KEYS.contains(key)) {
          throw new FactFormatException(place + "!A" + n, 0, 0, null, "unknown key '" + key + "'; allowed: "
              + String.join(", ", INFO_KEYS), null);
        }
        Integer first = rows.putIfAbsent(key, n);
        if (first != null) {
          throw new FactFormatException(place + "!A" + n, 0, 0, key, "'" + key + "' is already given on row " + first, null);
        }
        values.put(key, value);
      }
    }
    String asOf = values.get("asOf");
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new FactFormatException(place + "!B" + rows.get("asOf"), 0, 0, "asOf",
            "expected a date like 2025-12-31, got '" + asOf + "'", e);
      }
    }
    String name = values.get("name");
    return new FactSetInfo(name == null ? defaultName : name, date, values.get("region"));
  }

  /** Returns the stripped text of the cell at {@code column}, or null when it is empty. */
  private static String text(org.dhatim.fastexcel.reader.Row row, int column, String place, int n, Limits limits) {
    // As text, so that a date cell gives 2025-12-31.
    String text = SheetReader.cellText(row.getOptionalCell(column).orElse(null), null,
        place + "!" + Sheets.letters(column) + n, limits);
    return text == null || text.isBlank() ? null : text.strip();
  }
}
