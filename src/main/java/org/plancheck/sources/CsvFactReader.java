package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.BiPredicate;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.FactField;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.StreamedFacts;

/**
 * Reads one CSV fact file: a header row naming the columns in any order, then one fact per
 * row. Values are checked where they stand; the first problem stops the read.
 */
public final class CsvFactReader {
  private final Path file;
  private final FactKind kind;
  private final Limits limits;

  private CsvFactReader(Path file, FactKind kind, Limits limits) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
  }

  /**
   * Returns the facts of {@code file}, stored by column.
   *
   * @throws org.plancheck.FactFormatException at the first problem, naming file, line and column
   */
  public static FactTable read(Path file, FactKind kind, Limits limits) {
    // Each fact goes into the table as it is read: no list of a million fact objects.
    FactTable.Builder facts = new FactTable.Builder(kind);
    forEach(file, kind, limits, facts::add);
    return facts.build();
  }

  /**
   * Gives each fact of {@code file} to {@code sink} as it is read and checked, holding none,
   * and returns how many there were. Facts before a problem have been given when it is thrown.
   *
   * @throws org.plancheck.FactFormatException at the first problem, naming file, line and column
   */
  public static int forEach(Path file, FactKind kind, Limits limits, Consumer<Fact> sink) {
    return new CsvFactReader(file, kind, limits).read(sink);
  }

  /**
   * Returns a source that reads {@code file} again, refusing to if the file has changed since
   * this call: facts listed later must be the facts evaluated.
   */
  public static StreamedFacts.Source source(Path file, FactKind kind, Limits limits) {
    FileStamp stamp = FileStamp.of(file);
    return sink -> {
      if (!stamp.equals(FileStamp.of(file))) {
        throw new FactFormatException(file, 0, 0, null,
            "the file changed after it was evaluated; evaluate it again to list its facts", null);
      }
      forEach(file, kind, limits, sink);
    };
  }

  /** The size and modification time of a file, to tell whether it changed between reads. */
  private record FileStamp(long size, FileTime modified) {
    static FileStamp of(Path file) {
      try {
        // Not through a link: the reader refuses links, and a link loop has no target to stat.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime());
      } catch (IOException e) {
        throw TextFiles.ioError(file, e);
      }
    }
  }

  /** Reads every row, giving each row and its fact to {@code each} until it returns false. */
  private void rows(BiPredicate<Row, Fact> each) {
    CsvRecords records = null;
    try {
      records = new CsvRecords(file, limits);
      List<String> header = header(file, kind, records);
      // The declared fields' own names, so that a row finds a field's column by identity.
      String[] columns = header.stream()
          .map(name -> kind.field(name).map(FactField::name).orElse(name)).toArray(String[]::new);
      // The feed's thread splits rows and reads the first half of each; this one the rest.
      FactParsers rest = new FactParsers();
      try (RowFeed<Parsed> feed = new RowFeed<>(file.toString(), new Parsing(records, columns), records::error)) {
        for (RowFeed.Batch<Parsed> batch = feed.next(); batch != null; batch = feed.next()) {
          for (Parsed parsed : batch.rows) {
            if (!each.test(parsed.row(), rest.parseRest(kind, parsed.row(), parsed.values()))) {
              return;
            }
          }
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

  /** A row read, and the values of the first half of its fields, with the row kept to place later errors. */
  private record Parsed(Row row, Object[] values) {}

  /**
   * Reads, counts and parses half of each row, on the feed's thread: the splitting and half the
   * parsing there, the rest of the parsing and all that needs other rows on the reading thread,
   * keeps the two threads about equally busy.
   */
  private final class Parsing implements RowFeed.Rows<Parsed> {
    private final CsvRecords records;
    private final String[] columns;
    private final FactParsers parsers = new FactParsers();
    private final List<String> values = new ArrayList<>();
    private final String source = file.toString();
    private int count;

    Parsing(CsvRecords records, String[] columns) {
      this.records = records;
      this.columns = columns;
    }

    @Override
    public Parsed next() throws IOException {
      int line = records.next(values);
      if (line == 0) {
        return null;
      }
      if (count++ == limits.maxRows()) {
        throw new FactFormatException(file, line, 0, null, "more than " + limits.maxRows()
            + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(), null, Limits.Limit.MAX_ROWS);
      }
      Row row = row(source, columns, line, List.copyOf(values));
      // Words and ranges are checked on the reading thread, which has time to spare.
      return new Parsed(row, parsers.parseFirst(kind, row));
    }
  }

  /**
   * Reads the facts, checking what needs the rows before (repeated ids, {@code @unique} values)
   * and giving each to {@code sink}. Ids are kept as hashes and looked at only at the end, or
   * before another problem is reported, so that a repeated id is still the first problem named
   * when it is the first in the file.
   */
  private int read(Consumer<Fact> sink) {
    IdHashes ids = new IdHashes();
    Map<Object, Integer> uniqueFields = new HashMap<>();
    FactParsers checks = new FactParsers();
    int[] count = {0};
    int[] lastLine = {0};
    try {
      rows((row, fact) -> {
        checks.check(fact, row);
        lastLine[0] = row.line();
        ids.add(fact.id());
        UniqueFacts.checkUniqueFields(row, fact, uniqueFields);
        sink.accept(fact);
        count[0]++;
        return true;
      });
    } catch (FactFormatException e) {
      throw firstRepeat(ids, lastLine[0], e);
    }
    FactFormatException repeat = firstRepeat(ids, lastLine[0], null);
    if (repeat != null) {
      throw repeat;
    }
    return count[0];
  }

  /**
   * Returns the error for the first row, up to line {@code last}, whose id an earlier row has;
   * {@code otherwise} when there is none. Reads the file again only when two ids hash alike.
   */
  private FactFormatException firstRepeat(IdHashes ids, int last, FactFormatException otherwise) {
    long[] repeated = ids.repeated();
    if (repeated.length == 0) {
      return otherwise;
    }
    Map<String, Integer> firstLines = new HashMap<>();
    FactFormatException[] found = {otherwise};
    new CsvFactReader(file, kind, limits).rows((row, fact) -> {
      int line = row.line();
      if (line > last) {
        return false;
      }
      String id = fact.id();
      if (Arrays.binarySearch(repeated, IdHashes.hash(id)) >= 0) {
        Integer first = firstLines.putIfAbsent(id, line);
        if (first != null) {
          found[0] = UniqueFacts.duplicateId(row, fact, first);
          return false;
        }
      }
      return true;
    });
    return found[0];
  }

  private List<String> header(Path file, FactKind kind, CsvRecords records) throws IOException {
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

  private static Row row(String file, String[] columns, int line, List<String> values) {
    if (values.size() != columns.length) {
      throw new FactFormatException(file, line, 0, null, "the row has " + values.size()
          + " values but the header has " + columns.length + " columns", null);
    }
    return new Row(file, line, columns, values);
  }
}
