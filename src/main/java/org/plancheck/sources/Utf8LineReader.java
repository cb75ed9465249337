package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 from a stream a buffer at a time, counting lines as it goes, so that a
 * bad byte is reported at its line without the file being read again or held in memory. An
 * {@code InputStreamReader} cannot say where the bad byte was: it drops what it had decoded
 * in the same call.
 */
public final class Utf8LineReader extends Reader {
  /** Bad UTF-8 at a known line. */
  public static final class BadUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int line;

    BadUtf8Exception(int line) {
      this.line = line;
    }

    /** Returns the 1-based line of the first bad byte. */
    int line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "invalid UTF-8 on line " + line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /** A character decoded but not yet delivered: the second half of a pair when only one fitted. */
  private final CharBuffer pending = CharBuffer.allocate(2).flip();
  private int line = 1;
  private boolean endOfInput;
  private boolean flushed;

  public Utf8LineReader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (pending.hasRemaining() && out.hasRemaining()) {
      out.put(pending.get());
    }
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CharBuffer into = out.remaining() >= 2 ? out : pending.clear();
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, into, endOfInput);
      countLines(start, bytes.position());
      if (result.isError()) {
        throw new BadUtf8Exception(line);
      }
      if (into == pending) {
        pending.flip();
        while (pending.hasRemaining() && out.hasRemaining()) {
          out.put(pending.get());
        }
      }
      if (out.position() > offset || result.isOverflow()) {
        continue;
      }
      if (endOfInput) {
        // Whatever is left is a sequence cut off by the end of the file.
        if (decoder.flush(out).isError() || bytes.hasRemaining()) {
          throw new BadUtf8Exception(line);
        }
        flushed = true;
      } else {
        fill();
      }
    }
    return out.position() - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** A newline byte is never part of a multi-byte UTF-8 sequence, so bytes count lines exactly. */
  private void countLines(int from, int to) {
    byte[] array = bytes.array();
    for (int i = from; i < to; i++) {
      if (array[i] == '\n') {
        line++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
