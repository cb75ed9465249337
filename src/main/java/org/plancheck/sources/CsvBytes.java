package org.plancheck.sources;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the records of a CSV file straight from its UTF-8 bytes, as Jackson's CSV parser (with
 * the options {@link CsvRecords} gives it) splits them, in the plain form nearly every register
 * has: values separated by commas, quoted or not, records ending with CR, LF or CR LF, blank
 * lines and spaces at the start of a line skipped. There is no decoding into characters and no
 * copying through the parser's buffers: a value's text is made once, from its bytes.
 *
 * <p>Anything else (bytes that are not UTF-8, a quote closed and followed by anything but a
 * comma or the end of the line, a quote never closed, a value longer than the field limit) is
 * {@link Unusual}: the caller reads the file with Jackson from that record on, so that every
 * problem is reported in Jackson's words, at its place, as before.
 */
final class CsvBytes implements Closeable {
  /** The record at hand is not in the plain form: Jackson must read it. */
  static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;

    private Unusual() {
      super("not a plain CSV record", null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();
  // A longer record is left to Jackson, which streams it within the field limit.
  private static final int MAX_RECORD = 1 << 24;
  private static final int NEED_MORE = -1;

  private final InputStream in;
  private final ValueTexts texts;
  private byte[] buf = new byte[1 << 16];
  // The position in the file of buf[0].
  private long base;
  private int pos;
  private int end;
  private boolean eof;
  private boolean started;
  private int line = 1;

  /** Reads records from {@code in}, leaving values longer than {@code maxField} to Jackson. */
  CsvBytes(InputStream in, int maxField) {
    this.in = in;
    this.texts = new ValueTexts(maxField);
  }

  /**
   * Reads records from {@code in}, which starts at byte {@code start} of a file, the start of a
   * line after the header ({@link CsvHalves}): no byte-order mark there, and line numbers count
   * from 1 at {@code start}.
   */
  CsvBytes(InputStream in, int maxField, long start) {
    this(in, maxField);
    this.base = start;
    this.started = true;
  }

  /** Returns the position in the file of the next byte to read: just past the last record read. */
  long position() {
    return base + pos;
  }

  /** Returns the line the next byte to read is on. */
  int line() {
    return line;
  }

  /**
   * Reads the next record's values into {@code values} and returns the line it starts on, or 0
   * at the end of the file.
   *
   * @throws Unusual when the record is not in the plain form; nothing of it has been read then
   */
  int next(List<String> values) throws IOException, Unusual {
    values.clear();
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    // As Jackson with SKIP_EMPTY_LINES: blank lines, and spaces at the start of a line, go.
    while (true) {
      if (pos == end && !fill()) {
        return 0;
      }
      byte b = buf[pos];
      if (b == '\r' || b == '\n') {
        if (b == '\r' && pos + 1 == end && !eof) {
          fill();
          continue;
        }
        pos += b == '\r' && pos + 1 < end && buf[pos + 1] == '\n' ? 2 : 1;
        line++;
      } else if (b == ' ') {
        pos++;
      } else {
        break;
      }
    }
    int start = line;
    while (record(values) == NEED_MORE) {
      values.clear();
      fill();
    }
    return start;
  }

  /**
   * Reads one record from {@code pos}, moving past it; returns {@link #NEED_MORE}, moving
   * nothing, when the buffer ends before the record does and the file does not.
   */
  private int record(List<String> values) throws Unusual {
    byte[] b = buf;
    int i = pos;
    int lines = 0;
    for (int column = 0; ; column++) {
      if (i == end) {
        if (!eof) {
          return NEED_MORE;
        }
        // A comma at the very end of the file: one more, empty, value.
        values.add("");
        return finish(i, lines);
      }
      int j;
      if (b[i] == '"') {
        int close = i + 1;
        boolean doubled = false;
        while (true) {
          if (close == end) {
            if (eof) {
              throw UNUSUAL;
            }
            return NEED_MORE;
          }
          byte c = b[close];
          if (c == '"') {
            if (close + 1 == end && !eof) {
              return NEED_MORE;
            }
            if (close + 1 < end && b[close + 1] == '"') {
              doubled = true;
              close += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            lines++;
          } else if (c == '\r') {
            if (close + 1 == end && !eof) {
              return NEED_MORE;
            }
            // CR LF is one line end, counted at its LF.
            if (close + 1 == end || b[close + 1] != '\n') {
              lines++;
            }
          }
          close++;
        }
        values.add(doubled ? unquoted(i + 1, close) : text(column, i + 1, close, ValueTexts.ascii(b, i + 1, close)));
        j = close + 1;
        if (j < end && b[j] != ',' && b[j] != '\r' && b[j] != '\n') {
          // Spaces or other text after the closing quote: Jackson says what it makes of them.
          throw UNUSUAL;
        }
      } else {
        // One pass finds the value's end and whether it is all ASCII (no high bit).
        int bits = 0;
        for (j = i; j < end; j++) {
          byte c = b[j];
          // Letters, digits and '-' lie above ',': one comparison passes most bytes.
          if (c <= ',' && (c == ',' || c == '\r' || c == '\n')) {
            break;
          }
          bits |= c;
        }
        if (j == end && !eof) {
          return NEED_MORE;
        }
        values.add(text(column, i, j, bits >= 0));
      }
      if (j == end) {
        return finish(j, lines);
      }
      if (b[j] == ',') {
        i = j + 1;
        continue;
      }
      if (b[j] == '\r' && j + 1 == end && !eof) {
        return NEED_MORE;
      }
      return finish(b[j] == '\r' && j + 1 < end && b[j + 1] == '\n' ? j + 2 : j + 1, lines + 1);
    }
  }

  private int finish(int next, int lines) {
    pos = next;
    line += lines;
    return 0;
  }

  /** Returns the text of a value (see {@link ValueTexts#text}), or leaves the record to Jackson. */
  private String text(int column, int from, int to, boolean ascii) throws Unusual {
    String text = texts.text(column, buf, from, to, ascii);
    if (text == null) {
      throw UNUSUAL;
    }
    return text;
  }

  /** Returns the text of a quoted value with doubled quotes, or leaves the record to Jackson. */
  private String unquoted(int from, int to) throws Unusual {
    String text = texts.unquoted(buf, from, to);
    if (text == null) {
      throw UNUSUAL;
    }
    return text;
  }

  private void skipByteOrderMark() throws IOException, Unusual {
    while (end - pos < 3 && !eof) {
      fill();
    }
    if (end - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /**
   * Reads more of the file after what the buffer holds from {@code pos}, keeping that; returns
   * false at the end of the file. Grows the buffer when the record at hand fills it.
   */
  private boolean fill() throws IOException, Unusual {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      base += pos;
      pos = 0;
    }
    if (end == buf.length) {
      if (buf.length >= MAX_RECORD) {
        throw UNUSUAL;
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
      return false;
    }
    end += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
