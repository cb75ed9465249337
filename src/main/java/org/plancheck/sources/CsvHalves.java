package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.Limits;
import org.plancheck.facts.SplittableSink;

/**
 * Reads a large CSV file of a streamed kind in two halves at once, each on a thread of its own
 * from its bytes to its groups, joined at the end. Why not a pipeline (one thread splitting, the
 * other parsing and adding up, as {@link CsvRows} reads): every row's texts and values then pass
 * from one core to the other, and that traffic cost a third more CPU than the work itself.
 *
 * <p>The second half starts at the first line after the middle of the file. The first half
 * stops where it starts, which it must reach at the end of a record: a line break inside a
 * quoted value is not the end of a line. Only plain records are read this way, and nothing is
 * reported from here: at anything else (a quoted line break at the middle, a record {@link
 * CsvBytes} leaves to Jackson, a bad value, a row too many) the halves are dropped and the caller
 * reads the file the usual way, which finds and reports the first problem exactly as always.
 * Joined in file order, groups, evidence, kept facts and ids are what one pass makes.
 */
final class CsvHalves {
  /** Files below this size are read by the usual way: a thread of its own is not worth it. */
  static final long MIN_BYTES = 64 << 10;

  /** What reading both halves gave: the facts, the line of the last, and every id's hash. */
  record Read(int count, int lastLine, IdHashes ids) {}

  private final Path file;
  private final FactKind kind;
  private final Limits limits;
  private volatile boolean dropped;

  private CsvHalves(Path file, FactKind kind, Limits limits) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
  }

  /**
   * Reads {@code file} in halves into {@code sink}, when it is at least {@code minBytes} long;
   * returns null, having given {@code sink} nothing, when it must be read the usual way.
   *
   * @throws IOException when the file cannot be read
   */
  static Read read(Path file, FactKind kind, Limits limits, SplittableSink sink, long minBytes) throws IOException {
    if (!sink.splittable() || !kind.unique().isEmpty()) {
      return null;
    }
    return new CsvHalves(file, kind, limits).read(sink, minBytes);
  }

  private Read read(SplittableSink sink, long minBytes) throws IOException {
    try (CsvRecords records = new CsvRecords(file, limits)) {
      long size = size(file);
      if (size < minBytes) {
        return null;
      }
      String[] columns = CsvRows.columns(file, kind, records);
      long headerEnd = records.position();
      long middle = headerEnd < 0 ? -1 : lineAfter(file, Math.max(headerEnd, size / 2));
      if (middle < 0 || middle >= size) {
        return null;
      }
      Half first = new Half(sink.part(), columns);
      Half second = new Half(sink.part(), columns);
      Thread thread = new Thread(() -> second.readFrom(middle), "plancheck-half " + file);
      thread.setDaemon(true);
      thread.start();
      try {
        first.readTo(records, middle);
      } finally {
        // Stops the second half at its next row when the first did not get through.
        if (first.failure != null || first.nextLine == 0) {
          dropped = true;
        }
        join(thread);
      }
      // In file order: a failure of the second half is the first problem only when the first
      // half got through; else the usual read finds the first half's.
      first.rethrowFailure();
      if (dropped || first.nextLine == 0) {
        return null;
      }
      second.rethrowFailure();
      if ((long) first.count + second.count > limits.maxRows()) {
        return null;
      }
      int offset = first.nextLine - 1;
      sink.join(first.sink, 0);
      sink.join(second.sink, offset);
      first.ids.addAll(second.ids);
      int lastLine = second.count > 0 ? second.lastLine + offset : first.lastLine;
      return new Read(first.count + second.count, lastLine, first.ids);
    }
  }

  private static long size(Path file) throws IOException {
    try (FileChannel channel = open(file)) {
      return channel.size();
    }
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  /** Returns the position just after the first line feed at or after {@code from}, or -1. */
  private static long lineAfter(Path file, long from) throws IOException {
    try (FileChannel channel = open(file)) {
      return lineAfter(channel, from);
    }
  }

  private static long lineAfter(FileChannel channel, long from) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 14);
    for (long at = from; ; ) {
      buffer.clear();
      int n = channel.read(buffer, at);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
  }

  private static void join(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One half: its own parsers, ids and part of the sink, read on one thread. */
  private final class Half {
    private final SplittableSink sink;
    private final String[] columns;
    private final FactParsers parsers = new FactParsers();
    private final IdHashes ids = new IdHashes();
    private final List<String> texts = new ArrayList<>();
    private final Row row;
    private final Object[] values;
    private int count;
    private int lastLine;
    // The line the first half stopped before: where the second half's line 1 is.
    private int nextLine;
    // What failed reading, in the sink, say (an OutOfMemoryError too): thrown on the caller's thread.
    private Throwable failure;

    Half(SplittableSink sink, String[] columns) {
      this.sink = sink;
      this.columns = columns;
      this.row = new Row(file.toString(), 0, columns, texts);
      this.values = new Object[kind.fields().size()];
    }

    /**
     * Reads the records of the first half, up to {@code end}, where the second half starts;
     * sets {@link #nextLine} when it gets there at the end of a record.
     */
    void readTo(CsvRecords records, long end) {
      try {
        while (!dropped && records.position() >= 0 && records.position() < end) {
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
      try (InputStream in = Channels.newInputStream(open(file).position(start));
          CsvBytes bytes = new CsvBytes(in, limits.maxFieldLength(), start)) {
        for (int line = bytes.next(texts); line > 0 && !dropped; line = bytes.next(texts)) {
          if (!take(line)) {
            dropped = true;
          }
        }
      } catch (CsvBytes.Unusual | IOException e) {
        // Read the usual way, it is reported at its place.
        dropped = true;
      } catch (RuntimeException | Error e) {
        failure = e;
      }
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
        parsers.parseRest(kind, row, parsers.parseFirst(kind, row, values));
        parsers.check(kind, values, row);
      } catch (FactFormatException problem) {
        return false;
      }
      ids.add((String) values[kind.keyIndex()]);
      sink.accept(kind, values, line);
      count++;
      lastLine = line;
      return true;
    }
  }
}
