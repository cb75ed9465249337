package org.plancheck;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens fact files as strict UTF-8 text and turns reading failures into located errors. */
final class TextFiles {
  private static final int BOM = '\uFEFF';

  private TextFiles() {}

  /**
   * Opens {@code file} as UTF-8, skipping a byte-order mark; bad bytes fail the read, and so
   * does a file larger than the limit.
   */
  static Reader open(Path file, Limits limits) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new FactFormatException(file, 0, 0, null, "the file is " + size + " bytes, more than the limit of "
          + limits.maxFileBytes() + "; raise it with " + Limits.Limit.MAX_FILE_BYTES.setting(), null,
          Limits.Limit.MAX_FILE_BYTES);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16);
    reader.mark(1);
    if (reader.read() != BOM) {
      reader.reset();
    }
    return reader;
  }

  static FactFormatException syntaxError(Path file, JsonProcessingException e, String format) {
    if (e.getCause() instanceof CharacterCodingException) {
      return ioError(file, (CharacterCodingException) e.getCause());
    }
    return syntaxError(file.toString(), e, format);
  }

  /** Returns a located syntax error of a source that need not be a file, such as a stream. */
  static FactFormatException syntaxError(String file, JsonProcessingException e, String format) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return new FactFormatException(file, 0, 0, null, "the JSON nests deeper than the limit; "
          + "raise it with " + Limits.Limit.MAX_JSON_DEPTH.setting() + " (" + e.getOriginalMessage() + ")", e,
          Limits.Limit.MAX_JSON_DEPTH);
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new FactFormatException(file, line, column, null,
        "malformed " + format + ": " + e.getOriginalMessage(), e);
  }

  /** Finds the first line that is not UTF-8, so the error can point at it; 0 when unknown. */
  private static int badLine(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      int line = 1;
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == '\n') {
          try {
            utf8.decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
          } catch (CharacterCodingException bad) {
            return line;
          }
          line++;
          start = i + 1;
        }
      }
      return 0;
    } catch (IOException | OutOfMemoryError e) {
      return 0;
    }
  }

  static FactFormatException ioError(Path file, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new FactFormatException(file, badLine(file), 0, null,
          "the file is not valid UTF-8 text (save it as UTF-8; a binary file cannot be read)", e);
    }
    if (e instanceof NoSuchFileException) {
      return new FactFormatException(file, 0, 0, null, "no such file", e);
    }
    return new FactFormatException(file, 0, 0, null, "cannot read the file: " + e.getMessage(), e);
  }
}
