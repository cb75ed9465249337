package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.facts.FactSink;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.SplittableSink;
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
    forEach(file, kind, limits, facts);
    return facts.build();
  }

  /**
   * Gives each fact of {@code file} to {@code sink} as it is read and checked, holding none,
   * and returns how many there were. Facts before a problem have been given when it is thrown.
   * A {@link FactSink} is given each fact's values, and makes a fact only of those it keeps.
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

  /**
   * Reads the facts, checking what needs the rows before (repeated ids, {@code @unique} values)
   * and giving each to {@code sink}. Ids are kept as hashes and looked at only at the end, or
   * before another problem is reported, so that a repeated id is still the first problem named
   * when it is the first in the file.
   */
  private int read(Consumer<Fact> sink) {
    if (sink instanceof SplittableSink splittable) {
      CsvHalves.Read halves = halves(splittable);
      if (halves != null) {
        FactFormatException repeat = firstRepeat(halves.ids(), halves.lastLine(), null);
        if (repeat != null) {
          throw repeat;
        }
        return halves.count();
      }
    }
    // A sink that takes values makes a fact only of those it keeps.
    FactSink facts = sink instanceof FactSink s ? s : sink::accept;
    IdHashes ids = new IdHashes();
    Map<Object, Integer> uniqueFields = new HashMap<>();
    FactParsers checks = new FactParsers();
    int key = kind.keyIndex();
    boolean unique = !kind.unique().isEmpty();
    int[] count = {0};
    int[] lastLine = {0};
    try {
      CsvRows.read(file, kind, limits, (row, values) -> {
        checks.check(kind, values, row);
        lastLine[0] = row.line();
        ids.add((String) values[key]);
        if (unique) {
          UniqueFacts.checkUniqueFields(row, new Fact(kind, values, row.line()), uniqueFields);
        }
        facts.accept(kind, values, row.line());
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

  /** Reads a large file in halves at once ({@link CsvHalves}); null when it must be read the usual way. */
  private CsvHalves.Read halves(SplittableSink sink) {
    try {
      return CsvHalves.read(file, kind, limits, sink, CsvHalves.MIN_BYTES);
    } catch (IOException e) {
      // Read the usual way, which reports it at its place.
      return null;
    }
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
    int key = kind.keyIndex();
    CsvRows.read(file, kind, limits, (row, values) -> {
      int line = row.line();
      if (line > last) {
        return false;
      }
      String id = (String) values[key];
      if (Arrays.binarySearch(repeated, IdHashes.hash(id)) >= 0) {
        Integer first = firstLines.putIfAbsent(id, line);
        if (first != null) {
          found[0] = UniqueFacts.duplicateId(row, new Fact(kind, values, line), first);
          return false;
        }
      }
      return true;
    });
    return found[0];
  }
}
