package org.plancheck.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;

/**
 * The records of one CSV file, header first: split from the bytes by {@link CsvBytes} while they
 * are plain, and by Jackson's CSV parser from the first record that is not, to the end. Jackson
 * reads the file again from its start then, passing over the records already given, so that an
 * unusual record is read, and its problem reported, exactly as Jackson alone would.
 */
final class CsvRecords implements Closeable {
  /** Opens the file's bytes, each time from its start. */
  @FunctionalInterface
  interface Opener {
    /** Opens the file, refusing what {@link FileTree#open} refuses. */
    InputStream open() throws IOException;
  }

  private final String file;
  private final Opener opener;
  private final Limits limits;
  private CsvBytes bytes;
  private CsvParser csv;
  private int given;
  private int rowLine = 1;

  /** Opens {@code file}, refusing what {@link TextFiles#openBytes} refuses. */
  CsvRecords(Path file, Limits limits) throws IOException {
    this(file.toString(), () -> TextFiles.openBytes(file, limits), limits);
  }

  /** Opens the file at {@code file}, which messages name, with {@code opener}. */
  CsvRecords(String file, Opener opener, Limits limits) throws IOException {
    this.file = file;
    this.opener = opener;
    this.limits = limits;
    this.bytes = new CsvBytes(opener.open(), limits.maxFieldLength());
  }

  /**
   * Returns the position in the file just past the last record read while {@link CsvBytes}
   * splits the records; -1 once Jackson reads them, which gives no such position.
   */
  long position() {
    return bytes == null ? -1 : bytes.position();
  }

  /** Returns the line the next record starts on or after, while {@link CsvBytes} splits the records. */
  int line() {
    return bytes.line();
  }

  /** Reads the next record's values into {@code values}; returns its line, or 0 at the end. */
  int next(List<String> values) throws IOException {
    if (bytes != null) {
      try {
        int line = bytes.next(values);
        if (line > 0) {
          given++;
          rowLine = line;
        }
        return line;
      } catch (CsvBytes.Unusual unusual) {
        bytes.close();
        bytes = null;
        jackson(values);
      }
    }
    return nextRow(values);
  }

  /** Opens the file with Jackson and passes over the records given so far. */
  private void jackson(List<String> values) throws IOException {
    csv = factory(limits).createParser(TextFiles.utf8(opener.open()));
    // WRAP_AS_ARRAY wraps the whole file in one array, each row in another.
    csv.nextToken();
    for (int i = 0; i < given; i++) {
      nextRow(values);
    }
  }

  /** A parser factory that refuses an overlong value as soon as it has read that much. */
  private static CsvFactory factory(Limits limits) {
    return CsvFactory.builder()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .streamReadConstraints(TextFiles.constraints(limits))
        .build();
  }

  /** Reads the next row's values with Jackson into {@code values}; returns its line, or 0 at the end. */
  private int nextRow(List<String> values) throws IOException {
    values.clear();
    if (csv.nextToken() != JsonToken.START_ARRAY) {
      return 0;
    }
    // The row's own START_ARRAY carries no location; its first value's does.
    rowLine = Math.max(csv.currentLocation().getLineNr(), 1);
    JsonToken token;
    boolean first = true;
    while ((token = csv.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (first) {
        rowLine = Math.max(csv.currentTokenLocation().getLineNr(), 1);
        first = false;
      }
      // The parser itself refuses a value over the field-length limit (TextFiles.constraints).
      values.add(csv.getText());
    }
    return rowLine;
  }

  /** Returns the located error for a failed read at the current row. */
  FactFormatException error(IOException e) {
    if (e instanceof StreamConstraintsException limit) {
      return TextFiles.limitError(file, rowLine, 0, limit);
    }
    if (e instanceof JsonProcessingException syntax) {
      // Jackson reports an unclosed quote at the end of the file; the row it opened is more use.
      boolean unclosed = String.valueOf(syntax.getOriginalMessage()).contains("closing quote");
      return unclosed
          ? new FactFormatException(file, rowLine, 0, null, "a quoted value opened on this row is never closed", e)
          : TextFiles.syntaxError(file, syntax, "CSV");
    }
    return TextFiles.ioError(file, e);
  }

  @Override
  public void close() throws IOException {
    try {
      if (bytes != null) {
        bytes.close();
      }
    } finally {
      if (csv != null) {
        csv.close();
      }
    }
  }
}
