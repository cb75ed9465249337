package org.plancheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A fact file that cannot be read: the file, line, column or field, and what was expected.
 *
 * <p>The message reads {@code file:line: field: problem} for CSV, where the field is the column
 * name, and {@code file:line:column: field: problem} for JSON, where the field is a path such
 * as {@code enterprises[3].revenue}. Parts that do not apply are left out.
 */
public final class FactFormatException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the fact file
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param column the 1-based character column, or 0 when not known
   * @param field the column name or JSON path, or null when no field is involved
   * @param problem what is wrong and what was expected, as a sentence
   * @param cause the underlying exception, or null
   */
  public FactFormatException(
      Path file, int line, int column, String field, String problem, Throwable cause) {
    this(Objects.requireNonNull(file, "file").toString(), line, column, field, problem, cause, null);
  }

  /**
   * Creates the exception for a file that exceeds {@code limit}; {@code problem} names the
   * limit's {@link Limits.Limit#setting() setting}.
   *
   * @param file the fact file
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param column the 1-based character column, or 0 when not known
   * @param field the column name or JSON path, or null when no field is involved
   * @param problem what is wrong and what was expected, as a sentence
   * @param cause the underlying exception, or null
   * @param limit the limit exceeded, or null when the problem is not a limit
   */
  public FactFormatException(
      Path file, int line, int column, String field, String problem, Throwable cause, Limits.Limit limit) {
    this(Objects.requireNonNull(file, "file").toString(), line, column, field, problem, cause, limit);
  }

  /**
   * Creates the exception for a source that need not be a file: a stream's name, a URL, a
   * workbook sheet, or facts built in code.
   *
   * @param source the name of the fact source, as messages show it
   * @param line the 1-based line, or 0 when the problem concerns the whole source
   * @param column the 1-based character column, or 0 when not known
   * @param field the column name or JSON path, or null when no field is involved
   * @param problem what is wrong and what was expected, as a sentence
   * @param cause the underlying exception, or null
   */
  public FactFormatException(
      String source, int line, int column, String field, String problem, Throwable cause) {
    this(source, line, column, field, problem, cause, null);
  }

  /**
   * Creates the exception for a source that exceeds {@code limit}.
   *
   * @param source the name of the fact source, as messages show it
   * @param line the 1-based line, or 0 when the problem concerns the whole source
   * @param column the 1-based character column, or 0 when not known
   * @param field the column name or JSON path, or null when no field is involved
   * @param problem what is wrong and what was expected, as a sentence
   * @param cause the underlying exception, or null
   * @param limit the limit exceeded, or null when the problem is not a limit
   */
  public FactFormatException(
      String source, int line, int column, String field, String problem, Throwable cause, Limits.Limit limit) {
    super(format(source, line, column, field, problem), cause, limit);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Returns the name of the fact source: a file's path as given, or a stream's name. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** Returns the 1-based character column, or 0 when not known. */
  public int column() {
    return column;
  }

  /** Returns the column name or JSON path, or null when no field is involved. */
  public String field() {
    return field;
  }

  /** Returns what is wrong, without the location. */
  public String problem() {
    return problem;
  }

  private static String format(String file, int line, int column, String field, String problem) {
    StringBuilder s = new StringBuilder().append(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (field != null) {
      s.append(field).append(": ");
    }
    return s.append(problem).toString();
  }
}
