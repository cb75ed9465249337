package org.plancheck.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;
import org.plancheck.FactSets;

/**
 * Writes a fact set as an Excel workbook that {@link FactSets#read} reads back to the same facts:
 * the {@code factset} sheet first, then a sheet per kind in name order, each with a header row.
 * Sheets are written a block of rows at a time, so a large fact set is not held twice.
 */
public final class XlsxFactWriter {
  /** Excel holds 15 significant digits exactly; a longer number is written as text. */
  private static final int EXCEL_DIGITS = 15;
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final int ROWS_PER_FLUSH = 10_000;

  private XlsxFactWriter() {}

  /**
   * Writes {@code facts} to {@code file}, replacing it; a file left half-written by a failure
   * is deleted.
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(FactSet facts, Path file) throws IOException {
    boolean done = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "plancheck", null);
      info(workbook.newWorksheet(Sheets.INFO_SHEET), facts.info());
      for (String name : facts.kinds()) {
        FactKind kind = facts.schema().kind(name).orElseThrow();
        sheet(workbook.newWorksheet(name), kind, facts.facts(name));
      }
      workbook.finish();
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void info(Worksheet sheet, FactSetInfo info) throws IOException {
    sheet.value(0, 0, "name");
    sheet.value(0, 1, info.name());
    int row = 1;
    if (info.asOf() != null) {
      sheet.value(row, 0, "asOf");
      date(sheet, row++, 1, info.asOf());
    }
    if (info.region() != null) {
      sheet.value(row, 0, "region");
      sheet.value(row, 1, info.region());
    }
    sheet.finish();
  }

  private static void sheet(Worksheet sheet, FactKind kind, List<Fact> facts) throws IOException {
    List<FactField> columns = kind.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).name());
    }
    int row = 1;
    for (Fact fact : facts) {
      for (int c = 0; c < columns.size(); c++) {
        cell(sheet, row, c, fact.get(columns.get(c).name()));
      }
      if (row++ % ROWS_PER_FLUSH == 0) {
        sheet.flush();
      }
    }
    sheet.finish();
  }

  /** Writes a value as the cell type the reader takes back to the same value. */
  private static void cell(Worksheet sheet, int row, int column, Object value) {
    if (value == null || "".equals(value)) {
      return;
    }
    if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
      BigDecimal number = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
      if (number.stripTrailingZeros().precision() <= EXCEL_DIGITS) {
        // Plain, so that the cell's XML holds 1500000000000 rather than 1.5E+12.
        sheet.value(row, column, number.scale() < 0 ? number.setScale(0) : number);
      } else {
        sheet.value(row, column, number.toPlainString());
      }
    } else if (value instanceof Boolean b) {
      sheet.value(row, column, b);
    } else if (value instanceof LocalDate date) {
      date(sheet, row, column, date);
    } else if (value instanceof Set<?>) {
      sheet.value(row, column, FactSetWriter.text(value));
    } else {
      sheet.value(row, column, value.toString());
    }
  }

  private static void date(Worksheet sheet, int row, int column, LocalDate date) {
    sheet.value(row, column, date);
    sheet.style(row, column).format(DATE_FORMAT).set();
  }
}
