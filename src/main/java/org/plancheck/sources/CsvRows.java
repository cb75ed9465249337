package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.Limits;

/**
 * Reads the rows of one CSV fact file on two threads, each with its fact's values parsed:
 * checked against their types, not yet against their fields' words and ranges, nor against
 * other rows, which is the caller's part. The header names the columns in any order; the first
 * problem stops the read.
 */
final class CsvRows {
  /** Takes each row and its fact's values, in file order. */
  @FunctionalInterface
  interface Each {
    /**
     * Takes one row and the values of its fact, in the kind's field order. Both are valid during
     * the call only: they are read into again for a later row. Returns false to stop reading.
     */
    boolean take(Row row, Object[] values);
  }

  private final Path file;
  private final FactKind kind;
  private final Limits limits;

  private CsvRows(Path file, FactKind kind, Limits limits) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
  }

  /**
   * Gives every row of {@code file} and its values to {@code each}, until it returns false.
   *
   * @throws FactFormatException at the first problem, naming file, line and column, after
   *     every row before it was given
   */
  static void read(Path file, FactKind kind, Limits limits, Each each) {
    new CsvRows(file, kind, limits).read(each);
  }

  private void read(Each each) {
    CsvRecords records = null;
    try {
      records = new CsvRecords(file, limits);
      String[] columns = columns(file, kind, records);
      // The feed's thread splits rows and reads the first half of each; this one the rest.
      FactParsers rest = new FactParsers();
      try (RowFeed<Parsed> feed = new RowFeed<>(file.toString(), new Parsing(records, columns), records::error)) {
        for (RowFeed.Batch<Parsed> batch = feed.next(); batch != null; batch = feed.next()) {
          for (Parsed parsed : batch.rows()) {
            if (!each.take(parsed.row, rest.parseRest(kind, parsed.row, parsed.values))) {
              return;
            }
          }
          feed.recycle(batch);
        }
      }
    } catch (IOException e) {
      throw records == null ? TextFiles.ioError(file, e) : records.error(e);
    } finally {
      closeQuietly(records);
    }
  }

  /** Closes the file; a failure to close a file read to its end, or given up, loses nothing. */
  private static void closeQuietly(CsvRecords records) {
    if (records != null) {
      try {
        records.close();
      } catch (IOException e) {
        // Nothing read depends on it.
      }
    }
  }

  /**
   * A row read, and its fact's values, the first half of them parsed, with the row kept to
   * place later errors; read into again for a later row once its batch is given back.
   */
  private static final class Parsed {
    private final List<String> texts = new ArrayList<>();
    private final Row row;
    private final Object[] values;

    Parsed(String source, String[] columns, int fields) {
      this.row = new Row(source, 0, columns, texts);
      this.values = new Object[fields];
    }
  }

  /**
   * Reads, counts and parses half of each row, on the feed's thread: the splitting and half the
   * parsing there, the rest of the parsing and all that needs other rows on the reading thread,
   * keeps the two threads about equally busy.
   */
  private final class Parsing implements RowFeed.Rows<Parsed> {
    private final CsvRecords records;
    private final String[] columns;
    private final FactParsers parsers = new FactParsers();
    private final String source = file.toString();
    private int count;

    Parsing(CsvRecords records, String[] columns) {
      this.records = records;
      this.columns = columns;
    }

    @Override
    public Parsed next(Parsed reuse) throws IOException {
      Parsed parsed = reuse != null ? reuse : new Parsed(source, columns, kind.fields().size());
      int line = records.next(parsed.texts);
      if (line == 0) {
        return null;
      }
      if (count++ == limits.maxRows()) {
        throw new FactFormatException(file, line, 0, null, "more than " + limits.maxRows()
            + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(), null, Limits.Limit.MAX_ROWS);
      }
      if (parsed.texts.size() != columns.length) {
        throw new FactFormatException(source, line, 0, null, "the row has " + parsed.texts.size()
            + " values but the header has " + columns.length + " columns", null);
      }
      parsed.row.moveTo(line);
      // Words and ranges are checked on the reading thread, which has time to spare.
      parsers.parseFirst(kind, parsed.row, parsed.values);
      return parsed;
    }
  }

  /**
   * Reads and checks the header of {@code records}, a file of {@code kind}, and returns its
   * columns: the declared fields' own names, so that a row finds a field's column by identity.
   */
  static String[] columns(Path file, FactKind kind, CsvRecords records) throws IOException {
    return header(file, kind, records).stream()
        .map(name -> kind.field(name).map(FactField::name).orElse(name)).toArray(String[]::new);
  }

  private static List<String> header(Path file, FactKind kind, CsvRecords records) throws IOException {
    List<String> header = new ArrayList<>();
    if (records.next(header) == 0) {
      throw new FactFormatException(file, 1, 0, null,
          "the file is empty; expected a header row with " + String.join(", ", kind.requiredColumnNames()), null);
    }
    List<String> allowed = kind.columnNames();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      header.set(i, name);
      if (!allowed.contains(name)) {
        // A header read as one column usually means another separator: say so.
        String hint = name.contains(";") || name.contains("\t")
            ? " (values must be separated by commas; this header seems to use ';' or tabs)" : "";
        throw new FactFormatException(file, 1, 0, name, FactParsers.unknownField(kind, "column", name) + hint, null);
      }
      if (header.subList(0, i).contains(name)) {
        throw new FactFormatException(file, 1, 0, name, "column '" + name + "' appears twice in the header", null);
      }
    }
    for (String required : kind.requiredColumnNames()) {
      if (!header.contains(required)) {
        throw new FactFormatException(file, 1, 0, required,
            "missing required column '" + required + "'; the header has " + String.join(", ", header), null);
      }
    }
    return header;
  }
}
