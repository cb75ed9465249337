package org.plancheck.cli;

import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import picocli.CommandLine.Option;

/** The options that raise or lower plancheck's limits on input size and rule firings. */
final class LimitsOption {
  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest fact file read (default: 2147483648).")
  long maxFileBytes = Limits.DEFAULT.maxFileBytes();

  @Option(names = "--max-rows", paramLabel = "N", description = "Most rows in one fact file (default: 10000000).")
  int maxRows = Limits.DEFAULT.maxRows();

  @Option(names = "--max-field-length", paramLabel = "N", description = "Longest value in one cell (default: 10000).")
  int maxFieldLength = Limits.DEFAULT.maxFieldLength();

  @Option(names = "--max-json-depth", paramLabel = "N", description = "Deepest JSON nesting (default: 32).")
  int maxJsonDepth = Limits.DEFAULT.maxJsonDepth();

  @Option(names = "--max-firings", paramLabel = "N", description = "Most rule firings in one evaluation (default: 10000000).")
  long maxFirings = Limits.DEFAULT.maxFirings();

  /** Returns the option that raises {@code limit}. */
  static String option(Limits.Limit limit) {
    return switch (limit) {
      case MAX_FILE_BYTES -> "--max-file-size";
      case MAX_ROWS -> "--max-rows";
      case MAX_FIELD_LENGTH -> "--max-field-length";
      case MAX_JSON_DEPTH -> "--max-json-depth";
      case MAX_FIRINGS -> "--max-firings";
    };
  }

  /**
   * Returns the message of {@code e} as the command line shows it: where the library names the
   * API setting of a limit the input exceeded, the command line names its option.
   */
  static String message(RuntimeException e) {
    if (e instanceof PlancheckException p && p.limit().isPresent()) {
      Limits.Limit limit = p.limit().get();
      return e.getMessage().replace(limit.setting(), option(limit));
    }
    return e.getMessage();
  }

  /**
   * Returns {@code text} as the command line shows it: every API setting of a limit it names
   * (as a batch entry's error does, which keeps only the message) written as its option.
   */
  static String reword(String text) {
    for (Limits.Limit limit : Limits.Limit.values()) {
      text = text.replace(limit.setting(), option(limit));
    }
    return text;
  }

  /**
   * Returns the limits given.
   *
   * @throws IllegalArgumentException when one is below 1
   */
  Limits limits() {
    return new Limits(maxFileBytes, maxRows, maxFieldLength, maxJsonDepth, maxFirings);
  }
}
