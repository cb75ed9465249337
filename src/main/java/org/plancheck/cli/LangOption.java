package org.plancheck.cli;

import org.plancheck.report.Lang;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that write reports for people: tables,
 * explanations, Markdown and HTML. JSON, CSV and JUnit XML stay the same bytes in every language.
 */
final class LangOption {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the reports written for people (tables, explanations, Markdown, HTML): "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON, CSV and JUnit XML do not change.")
  Lang lang;
}
