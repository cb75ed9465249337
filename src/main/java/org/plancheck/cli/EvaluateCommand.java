package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.report.AtomicFiles;
import org.plancheck.report.TableReport;
import org.plancheck.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck evaluate}: one fact set against the rules, as a table or JSON. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Evaluates one fact set (a folder of CSV files, a JSON file, an .xlsx workbook or a jdbc: "
        + "database URL) against every "
        + "goal in the rules and reports each as MET, MISSED, PENDING (not due yet) or UNKNOWN.")
final class EvaluateCommand implements Callable<Integer> {
  /** The report formats of {@code evaluate}. */
  enum Format {
    table,
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FACTSET", description = "A fact-set folder, a JSON file, an .xlsx "
      + "workbook, or a database's JDBC URL (jdbc:postgresql://host/db).")
  private String factSet;

  @Mixin private RulesOption rules;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: from the --output file's extension, "
          + ".json for json and .txt for table; table on standard output).")
  private Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output; prints the summary.")
  private Path output;

  @Mixin private LangOption lang;
  @Mixin private WatchOption watch;
  @Mixin private LimitsOption limits;

  @Mixin private VerboseOption verbose;

  @Mixin private DatabaseOption database;

  private static String millis(long nanos) {
    return nanos / 1_000_000 + " ms";
  }

  @Override
  public Integer call() {
    if (database.misused(factSet) != null) {
      spec.commandLine().getErr().println(database.misused(factSet));
      return ExitCodes.BAD_INPUT;
    }
    boolean inDatabase = DatabaseOption.isDatabase(factSet);
    // A database has no files to watch: only the rules are.
    return watch.run(spec.commandLine().getErr(), rules.folder(), inDatabase ? List.of() : List.of(Path.of(factSet)),
        this::once);
  }

  /**
   * Returns the format given, or the one the --output extension names; null (after saying why)
   * when the extension names none, rather than writing a table into a file called .json.
   */
  private Format format(PrintWriter err) {
    if (format != null || output == null) {
      return format == null ? Format.table : format;
    }
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.json;
    }
    if (name.endsWith(".txt")) {
      return Format.table;
    }
    err.println(TerminalText.escape("--output " + output + ": cannot tell the report format from the file name; "
        + "give --format table or --format json, or name the file .txt or .json"));
    return null;
  }

  private int once() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Format chosen = format(err);
    if (chosen == null) {
      return ExitCodes.BAD_INPUT;
    }
    Report report;
    try {
      long start = System.nanoTime();
      Limits within = limits.limits();
      Evaluator evaluator = rules.load().withMaxFirings(within.maxFirings());
      long compiled = System.nanoTime();
      evaluator.warnings().forEach(err::println);
      FactSet facts = database.read(evaluator, factSet, within);
      long read = System.nanoTime();
      report = evaluator.evaluate(facts);
      if (verbose.on) {
        err.println("rules: " + (evaluator.fromCache() ? "loaded from the cache" : "compiled") + " in "
            + millis(compiled - start) + "; facts: read " + facts.size() + " in " + millis(read - compiled)
            + "; evaluated in " + millis(System.nanoTime() - read));
      }
    } catch (PlancheckException | IllegalArgumentException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    String text = chosen == Format.json ? report.toJson() : TableReport.render(report, lang.lang);
    if (output == null) {
      out.print(text);
    } else {
      try {
        AtomicFiles.write(output, text);
      } catch (IOException e) {
        err.println(TerminalText.escape(output + ": cannot write the report: " + e.getMessage()));
        return ExitCodes.BAD_INPUT;
      }
      out.println(TableReport.summaryLine(report, lang.lang));
    }
    out.flush();
    return report.passes() ? ExitCodes.PASSED : ExitCodes.NOT_PASSED;
  }
}
