package org.plancheck.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
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
  // Set when either half meets what the usual read must read: the other stops at its next row.
  private final AtomicBoolean dropped = new AtomicBoolean();

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
    try (CsvRecords records = new CsvRecords(file, limits); FileChannel channel = open(file)) {
      long size = channel.size();
      if (size < minBytes) {
        return null;
      }
      String[] columns = CsvRows.columns(file, kind, records);
      long headerEnd = records.position();
      long middle = headerEnd < 0 ? -1 : lineAfter(channel, Math.max(headerEnd, size / 2));
      if (middle < 0 || middle >= size) {
        return null;
      }
      CsvHalf first = new CsvHalf(file, kind, limits, sink.part(), columns, dropped);
      CsvHalf second = new CsvHalf(file, kind, limits, sink.part(), columns, dropped);
      Thread thread = new Thread(() -> second.readFrom(middle), "plancheck-half " + file);
      thread.setDaemon(true);
      thread.start();
      try {
        first.readTo(records, middle);
      } finally {
        // Stops the second half at its next row when the first did not get through.
        if (first.failed() || first.nextLine() == 0) {
          dropped.set(true);
        }
        Threads.join(thread);
      }
      // In file order: a failure of the second half is the first problem only when the first
      // half got through; else the usual read finds the first half's.
      first.rethrowFailure();
      if (dropped.get() || first.nextLine() == 0) {
        return null;
      }
      second.rethrowFailure();
      if ((long) first.count() + second.count() > limits.maxRows()) {
        return null;
      }
      int offset = first.nextLine() - 1;
      sink.join(first.sink(), 0);
      sink.join(second.sink(), offset);
      first.ids().addAll(second.ids());
      int lastLine = second.count() > 0 ? second.lastLine() + offset : first.lastLine();
      return new Read(first.count() + second.count(), lastLine, first.ids());
    }
  }

  /** Opens {@code file} for reading at any position, not through a link. */
  static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  /** Returns the position just after the first line feed at or after {@code from}, or -1. */
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
}
