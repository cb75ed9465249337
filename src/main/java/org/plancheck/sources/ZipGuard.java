package org.plancheck.sources;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.plancheck.Limits;

/**
 * Counts the bytes unpacked from one entry of a workbook as they are read, and stops a zip bomb
 * before it is unpacked: more bytes than the workbook's budget, more than {@link #MAX_RATIO}
 * times the entry's packed size, or one run of text longer than any value the field-length limit
 * allows. The checks look at the bytes actually unpacked, not at the sizes the archive declares.
 */
final class ZipGuard extends FilterInputStream {
  /** The most an entry may unpack to per packed byte, past {@link #RATIO_GRACE}: as Apache POI. */
  static final long MAX_RATIO = 100;
  /** Bytes any entry may unpack to whatever its ratio: small parts compress very well. */
  static final long RATIO_GRACE = 1 << 20;
  /**
   * Bytes of XML per character a run may take before it surely holds a value over the limit:
   * UTF-8 takes at most 4 per character, an escape such as {@code &amp;} 5, a character
   * reference up to 10.
   */
  static final int BYTES_PER_CHARACTER = 10;

  /** Why a guard stopped reading. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final Limits.Limit limit;

    Exceeded(String problem, Limits.Limit limit) {
      super(problem);
      this.limit = limit;
    }
  }

  private final long entryBudget;
  private final long totalBudget;
  private final long maxRun;
  private final Limits limits;
  private long read;
  private long run;

  /**
   * Guards {@code in}, the unpacked bytes of an entry of {@code packed} bytes, when {@code
   * unpackedBefore} bytes of the workbook's other entries were unpacked already.
   */
  ZipGuard(InputStream in, long packed, long unpackedBefore, Limits limits) {
    super(in);
    this.limits = limits;
    this.entryBudget = Math.max(RATIO_GRACE, packed > Long.MAX_VALUE / MAX_RATIO ? Long.MAX_VALUE : packed * MAX_RATIO);
    this.totalBudget = limits.maxFileBytes() - unpackedBefore;
    this.maxRun = (long) limits.maxFieldLength() * BYTES_PER_CHARACTER + 1024;
  }

  /** Returns how many bytes were unpacked. */
  long unpacked() {
    return read;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n <= 0) {
      return n;
    }
    read += n;
    if (read > totalBudget) {
      throw new Exceeded("the workbook unpacks to more than the limit of " + limits.maxFileBytes()
          + " bytes (a zip bomb?); raise it with " + Limits.Limit.MAX_FILE_BYTES.setting(), Limits.Limit.MAX_FILE_BYTES);
    }
    if (read > entryBudget) {
      throw new Exceeded("unpacks to more than " + MAX_RATIO + " times its packed size (a zip bomb?); refused", null);
    }
    for (int i = off; i < off + n; i++) {
      byte c = b[i];
      run = c == '<' || c == '>' ? 0 : run + 1;
    }
    if (run > maxRun) {
      throw new Exceeded("a value longer than the limit of " + limits.maxFieldLength() + " characters; raise it with "
          + Limits.Limit.MAX_FIELD_LENGTH.setting(), Limits.Limit.MAX_FIELD_LENGTH);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Through read, so that skipped bytes count too.
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int got = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (got < 0) {
        break;
      }
      skipped += got;
    }
    return skipped;
  }
}
