package org.plancheck.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Sheet;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.Limits;
import org.plancheck.facts.FactTable;

/**
 * Reads the sheet of one fact kind: a header row in row 1 naming the columns in any order, then
 * one fact per row; empty rows are skipped. Each cell becomes the text a CSV cell would hold
 * ({@link CellText}), checked by the CSV parsers, so a bad value gets the CSV's sentence at the
 * cell's place: {@code register.xlsx:enterprises!E17: revenue: ...}.
 */
final class SheetReader {
  private final String place;
  private final FactKind kind;
  private final Limits limits;
  private String[] columns;
  private String[] letters;
  private FactField[] fields;

  private SheetReader(String place, FactKind kind, Limits limits) {
    this.place = place;
    this.kind = kind;
    this.limits = limits;
  }

  /** A sheet's facts, and each field's column letters for later messages. */
  record Read(FactTable facts, Map<String, String> letters) {}

  /**
   * Reads {@code sheet}, whose place in messages is {@code place} ({@code register.xlsx:enterprises}).
   *
   * @throws FactFormatException at the first problem, naming its cell
   */
  static Read read(Sheet sheet, String place, FactKind kind, List<String> merges, Limits limits) throws IOException {
    return new SheetReader(place, kind, limits).read(sheet, merges);
  }

  private Read read(Sheet sheet, List<String> merges) throws IOException {
    refuseMerges(place, merges);
    FactTable.Builder facts = new FactTable.Builder(kind);
    FactParsers parsers = new FactParsers();
    Map<Object, Integer> ids = new HashMap<>();
    try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
      Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator();
      org.dhatim.fastexcel.reader.Row first = it.hasNext() ? it.next() : null;
      header(first);
      int count = 0;
      while (it.hasNext()) {
        org.dhatim.fastexcel.reader.Row cells = it.next();
        List<String> values = values(cells);
        if (values == null) {
          continue;
        }
        if (count++ == limits.maxRows()) {
          throw new FactFormatException(place + "!" + cells.getRowNum() + ":" + cells.getRowNum(), 0, 0, null,
              "more than " + limits.maxRows() + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(),
              null, Limits.Limit.MAX_ROWS);
        }
        Row row = new Row(place, cells.getRowNum(), columns, values, letters);
        Fact fact = parsers.parse(kind, row);
        UniqueFacts.checkUnique(row, fact, ids);
        facts.add(fact);
      }
    }
    Map<String, String> byField = new LinkedHashMap<>();
    for (int i = 0; i < columns.length; i++) {
      byField.put(columns[i], letters[i]);
    }
    return new Read(facts.build(), byField);
  }

  /** Refuses merged cells: a merged range shows its value in one cell and leaves the others empty. */
  static void refuseMerges(String place, List<String> merges) {
    if (!merges.isEmpty()) {
      String range = merges.get(0);
      boolean header = range.matches("[A-Z]+1(:[A-Z]+1)?");
      throw new FactFormatException(place + "!" + range, 0, 0, null, header
          ? "header cells are merged; give each column a header cell of its own"
          : "cells are merged; unmerge them and give each cell its own value", null);
    }
  }

  private void header(org.dhatim.fastexcel.reader.Row first) {
    String expected = "expected a header row with " + String.join(", ", kind.requiredColumnNames());
    if (first == null) {
      throw new FactFormatException(place + "!A1", 0, 0, null, "the sheet is empty; " + expected, null);
    }
    if (first.getRowNum() != 1) {
      throw new FactFormatException(place + "!A1", 0, 0, null, "row 1 is empty; " + expected + " in row 1", null);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < first.getCellCount(); i++) {
      String name = text(first.getCell(i), null, Sheets.letters(i) + 1);
      names.add(name == null ? "" : name.strip());
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    List<String> allowed = kind.columnNames();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String at = place + "!" + Sheets.letters(i) + 1;
      if (name.isEmpty()) {
        throw new FactFormatException(at, 0, 0, null,
            "the header cell is empty; name the column (one of " + String.join(", ", allowed) + ") or delete it", null);
      }
      if (!allowed.contains(name)) {
        throw new FactFormatException(at, 0, 0, name, FactParsers.unknownField(kind, "column", name), null);
      }
      if (names.subList(0, i).contains(name)) {
        throw new FactFormatException(at, 0, 0, name, "column '" + name + "' appears twice in the header", null);
      }
    }
    for (String required : kind.requiredColumnNames()) {
      if (!names.contains(required)) {
        throw new FactFormatException(place + "!1:1", 0, 0, required,
            "missing required column '" + required + "'; the header has " + String.join(", ", names), null);
      }
    }
    // The declared fields' own names, so that a row finds a field's column by identity.
    fields = names.stream().map(n -> kind.field(n).orElseThrow()).toArray(FactField[]::new);
    columns = Arrays.stream(fields).map(FactField::name).toArray(String[]::new);
    letters = new String[columns.length];
    Arrays.setAll(letters, Sheets::letters);
  }

  /** Returns the row's texts in header order, or null when every cell is empty. */
  private List<String> values(org.dhatim.fastexcel.reader.Row cells) {
    List<String> values = new ArrayList<>(columns.length);
    boolean any = false;
    for (int i = 0; i < Math.max(columns.length, cells.getCellCount()); i++) {
      Cell cell = i < cells.getCellCount() ? cells.getCell(i) : null;
      String cellName = Sheets.letters(i) + cells.getRowNum();
      String text = text(cell, i < columns.length ? fields[i] : null, cellName);
      boolean blank = text == null || text.isBlank();
      if (i >= columns.length) {
        if (!blank) {
          throw new FactFormatException(place + "!" + cellName, 0, 0, null, "a value in a column without a header;"
              + " name the column in row 1 or delete the value", null);
        }
        continue;
      }
      any |= !blank;
      values.add(text);
    }
    return any ? values : null;
  }

  private String text(Cell cell, FactField field, String cellName) {
    return cellText(cell, field, place + "!" + cellName, limits);
  }

  /**
   * Returns a cell's text for {@code field} (null: read as text), refused at {@code at} when it is
   * over the field-length limit or has no text form.
   */
  static String cellText(Cell cell, FactField field, String at, Limits limits) {
    String text;
    try {
      text = CellText.of(cell, field);
    } catch (CellText.Refused e) {
      throw new FactFormatException(at, 0, 0, field == null ? null : field.name(), e.getMessage(), null);
    }
    if (text != null && text.length() > limits.maxFieldLength()) {
      throw new FactFormatException(at, 0, 0, field == null ? null : field.name(),
          "a value longer than the limit of " + limits.maxFieldLength() + " characters; raise it with "
              + Limits.Limit.MAX_FIELD_LENGTH.setting(), null, Limits.Limit.MAX_FIELD_LENGTH);
    }
    return text;
  }
}
