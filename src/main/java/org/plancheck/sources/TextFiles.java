package org.plancheck.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;

/** Opens fact files as strict UTF-8 text and turns reading failures into located errors. */
public final class TextFiles {
  private static final int BOM = '\uFEFF';

  /** Says why a fact file that is a link is refused, without a word of what it points to. */
  public static final String SYMBOLIC_LINK =
      "a symbolic link; fact files are not read through links (put the file itself here)";

  private TextFiles() {}

  /**
   * Opens {@code file} as UTF-8, skipping a byte-order mark; bad bytes fail the read, and so
   * does a file larger than the limit. Only a regular file is opened: a symbolic link is not
   * followed, and a FIFO or device is refused before it could block or stream forever.
   */
  public static Reader open(Path file, Limits limits) throws IOException {
    return utf8(openBytes(file, limits));
  }

  /**
   * Opens {@code file} as bytes, with the checks of {@link #open}: a regular file, not through a
   * link, within the size limit. The caller decodes it, and skips a byte-order mark.
   */
  static InputStream openBytes(Path file, Limits limits) throws IOException {
    checkFile(file, limits);
    // NOFOLLOW_LINKS again at opening, in case the file was swapped for a link since.
    return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Refuses {@code file} unless it is a regular file, not a link, within the file-size limit.
   *
   * @throws IOException when its attributes cannot be read
   */
  public static void checkFile(Path file, Limits limits) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      throw new FactFormatException(file, 0, 0, null, SYMBOLIC_LINK, null);
    }
    if (!attributes.isRegularFile()) {
      throw new FactFormatException(file, 0, 0, null, "not a regular file", null);
    }
    checkSize(file.toString(), attributes.size(), limits);
  }

  /** Refuses a file of {@code size} bytes at {@code file} when it is larger than the limit. */
  public static void checkSize(String file, long size, Limits limits) {
    if (size > limits.maxFileBytes()) {
      throw new FactFormatException(file, 0, 0, null, "the file is " + size + " bytes, more than the limit of "
          + limits.maxFileBytes() + "; raise it with " + Limits.Limit.MAX_FILE_BYTES.setting(), null,
          Limits.Limit.MAX_FILE_BYTES);
    }
  }

  /** Reads {@code in} as strict UTF-8 a buffer at a time, skipping a byte-order mark. */
  public static Reader utf8(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new Utf8LineReader(in), 1 << 16);
    try {
      reader.mark(1);
      if (reader.read() != BOM) {
        reader.reset();
      }
    } catch (IOException | RuntimeException e) {
      // Bad bytes in the first buffer: close the file here, since no caller gets the reader.
      reader.close();
      throw e;
    }
    return reader;
  }

  /**
   * Returns Jackson's read constraints for {@code limits}: a value or name longer than the field
   * limit is refused as soon as the parser has read that much, not after buffering all of it.
   */
  public static StreamReadConstraints constraints(Limits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxJsonDepth())
        .maxStringLength(limits.maxFieldLength())
        .maxNameLength(limits.maxFieldLength())
        .maxNumberLength(limits.maxFieldLength())
        .build();
  }

  /**
   * Returns the error for a Jackson read constraint exceeded at {@code at}, naming the plancheck
   * limit behind it and the option that raises it.
   */
  public static FactFormatException limitError(String file, JsonLocation at, StreamConstraintsException e) {
    return limitError(file, at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0), e);
  }

  /** Returns the error for a Jackson read constraint exceeded at {@code line} and {@code column}. */
  public static FactFormatException limitError(String file, int line, int column, StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("getMaxNestingDepth")) {
      return new FactFormatException(file, line, column, null, "the JSON nests deeper than the limit; raise it with "
          + Limits.Limit.MAX_JSON_DEPTH.setting() + " (" + message + ")", e, Limits.Limit.MAX_JSON_DEPTH);
    }
    if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")
        || message.contains("getMaxNumberLength")) {
      return new FactFormatException(file, line, column, null, "a value longer than the limit of " + limitIn(message)
          + " characters; raise it with " + Limits.Limit.MAX_FIELD_LENGTH.setting(), e, Limits.Limit.MAX_FIELD_LENGTH);
    }
    return new FactFormatException(file, line, column, null, "the file exceeds a limit of the parser: " + message, e);
  }

  /** Reads the limit out of Jackson's "exceeds the maximum allowed (N, from ...)". */
  private static String limitIn(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(message);
    return m.find() ? m.group(1) : "the field length";
  }

  /**
   * Returns the index of the first unpaired surrogate in {@code text}, or -1 when there is none.
   * A JSON escape such as {@code "\ud800"} produces one; no UTF-8 file or report can hold it.
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the located syntax error of a fact file, or its encoding error. */
  public static FactFormatException syntaxError(Path file, JsonProcessingException e, String format) {
    return syntaxError(file.toString(), e, format);
  }

  /** Returns a located syntax error of a source that need not be a file, such as a stream. */
  public static FactFormatException syntaxError(String file, JsonProcessingException e, String format) {
    if (e.getCause() instanceof CharacterCodingException coding) {
      return ioError(file, coding);
    }
    if (e instanceof StreamConstraintsException) {
      return limitError(file, e.getLocation(), (StreamConstraintsException) e);
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new FactFormatException(file, line, column, null,
        "malformed " + format + ": " + e.getOriginalMessage(), e);
  }

  /** Returns the located error of a fact file that could not be read: not UTF-8, absent, or the system's reason. */
  public static FactFormatException ioError(Path file, IOException e) {
    return ioError(file.toString(), e);
  }

  /** Returns the located error of a file, wherever it is, that could not be read. */
  public static FactFormatException ioError(String file, IOException e) {
    if (e instanceof CharacterCodingException) {
      int line = e instanceof Utf8LineReader.BadUtf8Exception bad ? bad.line() : 0;
      return new FactFormatException(file, line, 0, null,
          "the file is not valid UTF-8 text (save it as UTF-8; a binary file cannot be read)", e);
    }
    if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException) {
      return new FactFormatException(file, 0, 0, null, "no such file", e);
    }
    return new FactFormatException(file, 0, 0, null, "cannot read the file: " + e.getMessage(), e);
  }
}
