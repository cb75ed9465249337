package org.plancheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in a rule file, at a place an editor can jump to.
 *
 * @param file the rule file
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when not known
 * @param severity whether the problem stops the rules from being used
 * @param message a plain sentence describing the problem
 */
public record RuleProblem(Path file, int line, int column, Severity severity, String message) {

  /** How serious a problem is. */
  public enum Severity {
    /** The rules cannot be used until this is fixed. */
    ERROR,
    /** The rules work, but probably not as meant. */
    WARNING
  }

  /** Requires a file, a severity and a message; clamps unknown positions to 0. */
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    line = Math.max(line, 0);
    column = Math.max(column, 0);
  }

  /** Returns the problem as {@code file:line:column: error: message}. */
  @Override
  public String toString() {
    String level = severity.name().toLowerCase(java.util.Locale.ROOT);
    return file + ":" + line + ":" + column + ": " + level + ": " + message;
  }
}
