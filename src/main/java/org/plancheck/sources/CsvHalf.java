package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.Limits;
import org.plancheck.facts.SplittableSink;

/**
 * One half of a file {@link CsvHalves} reads: its own parsers, id hashes and part of the sink,
 * read on one thread, from the header to the middle or from the middle to the end.
 */
final class CsvHalf {
  private final Path file;
  private final FactKind kind;
  private final Limits limits;
  private final SplittableSink sink;
  private final String[] columns;
  private final AtomicBoolean dropped;
  private final FactParsers parsers = new FactParsers();
  private final IdHashes ids = new IdHashes();
  private final List<String> texts = new ArrayList<>();
  private final Row row;
  private final Object[] values;
  // The row's whole amounts, beside its values: no BigDecimal is made of them (WholeAmounts).
  private final long[] wholes;
  private int count;
  private int lastLine;
  // The line the first half stopped before: where the second half's line 1 is.
  private int nextLine;
  // What failed reading, in the sink, say (an OutOfMemoryError too): thrown on the caller's thread.
  private Throwable failure;

  /**
   * A half of {@code file} read into {@code sink}, a part of the sink the file is read into;
   * {@code dropped} is set, by either half, when the usual read must read the file.
   */
  CsvHalf(Path file, FactKind kind, Limits limits, SplittableSink sink, String[] columns, AtomicBoolean dropped) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
    this.sink = sink;
    this.columns = columns;
    this.dropped = dropped;
    this.row = new Row(file.toString(), 0, columns, texts);
    this.values = new Object[kind.fields().size()];
    this.wholes = new long[values.length];
  }

  /**
   * Reads the records of the first half, up to {@code end}, where the second half starts;
   * sets {@link #nextLine} when it gets there at the end of a record.
   */
  void readTo(CsvRecords records, long end) {
    try {
      while (!dropped.get() && records.position() >= 0 && records.position() < end) {
        int line = records.next(texts);
        if (line == 0 || !take(line)) {
          return;
        }
      }
    } catch (IOException e) {
      // Read the usual way, it is reported at its place.
      return;
    } catch (RuntimeException | Error e) {
      failure = e;
      return;
    }
    // Past the end means the line break at the middle was inside a quoted value; -1 that
    // Jackson reads the records now.
    if (records.position() == end) {
      nextLine = records.line();
    }
  }

  /** Reads the records from {@code start} to the end of the file, on the second half's thread. */
  void readFrom(long start) {
    try (InputStream in = Channels.newInputStream(CsvHalves.open(file).position(start));
        CsvBytes bytes = new CsvBytes(in, limits.maxFieldLength(), start)) {
      for (int line = bytes.next(texts); line > 0 && !dropped.get(); line = bytes.next(texts)) {
        if (!take(line)) {
          dropped.set(true);
        }
      }
    } catch (CsvBytes.Unusual | IOException e) {
      // Read the usual way, it is reported at its place.
      dropped.set(true);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
  }

  SplittableSink sink() {
    return sink;
  }

  IdHashes ids() {
    return ids;
  }

  /** Returns how many facts this half read. */
  int count() {
    return count;
  }

  /** Returns the line, counted from this half's start, of the last fact read. */
  int lastLine() {
    return lastLine;
  }

  /** Returns the line the first half stopped before, where the second starts; 0 when it did not get there. */
  int nextLine() {
    return nextLine;
  }

  /** Returns whether reading failed, not for a problem of the file but in the sink, say. */
  boolean failed() {
    return failure != null;
  }

  /** Throws what failed reading this half, if anything did. */
  void rethrowFailure() {
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw (RuntimeException) failure;
    }
  }

  /** Reads the record just split, on {@code line} of this half; false when the usual way must read the file. */
  private boolean take(int line) {
    if (texts.size() != columns.length || count == limits.maxRows()) {
      return false;
    }
    row.moveTo(line);
    try {
      parsers.parseWholes(kind, row, values, wholes);
      parsers.check(kind, values, wholes, row);
    } catch (FactFormatException problem) {
      return false;
    }
    ids.add((String) values[kind.keyIndex()]);
    sink.accept(kind, values, wholes, line);
    count++;
    lastLine = line;
    return true;
  }
}
