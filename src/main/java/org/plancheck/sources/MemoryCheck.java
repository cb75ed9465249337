package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.plancheck.FactFormatException;

/**
 * Refuses a fact set that cannot fit in memory before reading it, rather than running out of
 * memory minutes later. An estimate: read facts take about {@link #BYTES_PER_FILE_BYTE} bytes of
 * heap per byte of CSV or JSON (a generated 5M register held about 630 bytes per row of about 81
 * bytes, rounded up for facts whose values are larger than their text).
 */
public final class MemoryCheck {
  /** Heap bytes a read fact takes per byte of its file, rounded up from what was measured. */
  public static final long BYTES_PER_FILE_BYTE = 10;

  /**
   * Heap bytes read facts take per byte of a workbook's unpacked XML: an estimate, not yet
   * measured on a large workbook. A row's XML is two to three times its CSV, so this is the CSV
   * figure shared out, kept generous.
   */
  public static final long BYTES_PER_UNPACKED_BYTE = 4;

  private MemoryCheck() {}

  /**
   * Throws when the files, read, would need more than {@code heap} bytes.
   *
   * @param where the fact set, named in the message
   * @param files the fact files about to be read
   * @param heap the most memory the reader may use, such as {@code Runtime.maxMemory()}
   */
  public static void check(Path where, List<Path> files, long heap) {
    long bytes = 0;
    for (Path file : files) {
      try {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          bytes += Files.size(file);
        }
      } catch (IOException e) {
        // The reader reports a file it cannot read, at the file.
      }
    }
    long needed = bytes * BYTES_PER_FILE_BYTE;
    if (needed > heap) {
      throw new FactFormatException(where, 0, 0, null, "the fact files hold " + megabytes(bytes)
          + " MB, which need about " + megabytes(needed) + " MB of memory once read, more than the "
          + megabytes(heap) + " MB this Java may use; give Java more (-Xmx, or PLANCHECK_JAVA_OPTS=-Xmx"
          + Math.max(1, (needed * 5 / 4 + (1L << 30) - 1) >> 30) + "g for the command line) or split the fact set", null);
    }
  }

  /**
   * Throws when a workbook whose entries unpack to {@code unpacked} bytes would, read, need more
   * than {@code heap} bytes: a workbook's XML takes about {@link #BYTES_PER_UNPACKED_BYTE} bytes
   * of heap per byte once read.
   */
  public static void checkUnpacked(Path workbook, long unpacked, long heap) {
    long needed = unpacked * BYTES_PER_UNPACKED_BYTE;
    if (needed > heap) {
      throw new FactFormatException(workbook, 0, 0, null, "the workbook unpacks to " + megabytes(unpacked)
          + " MB, which need about " + megabytes(needed) + " MB of memory once read, more than the "
          + megabytes(heap) + " MB this Java may use; give Java more (-Xmx, or PLANCHECK_JAVA_OPTS=-Xmx"
          + Math.max(1, (needed * 5 / 4 + (1L << 30) - 1) >> 30) + "g for the command line) or split the fact set", null);
    }
  }

  private static long megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
