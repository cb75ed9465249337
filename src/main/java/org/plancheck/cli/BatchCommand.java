package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.plancheck.Evaluator;
import org.plancheck.FactSets;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.Trajectories;
import org.plancheck.batch.BatchEngine;
import org.plancheck.batch.BatchEngines;
import org.plancheck.batch.BatchJob;
import org.plancheck.batch.BatchResult;
import org.plancheck.batch.BatchSource;
import org.plancheck.batch.LocalBatchEngine;
import org.plancheck.report.BatchFormat;
import org.plancheck.report.BatchReports;
import org.plancheck.report.BatchText;
import org.plancheck.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code plancheck batch}: many fact sets against one compiled rule base, in parallel. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Evaluates every fact set under the paths (folders of CSV files, JSON files, "
        + ".xlsx workbooks) "
        + "in parallel against one compiled rule base and writes the reports to --out. A fact "
        + "set that cannot be read or evaluated is reported as ERROR; the others go on.")
final class BatchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @ParentCommand private Cli parent;
  @Mixin private RulesOption rules;
  @Mixin private LimitsOption limits;
  @Mixin private LangOption lang;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Fact sets, folders holding fact sets, or "
      + "registers of partitioned tables (ROOT/KIND/key=value/part-*.csv or .parquet); with --engine spark, "
      + "registers at Hadoop URLs too (hdfs://, s3a://, file:).")
  private List<String> paths;

  @Option(names = "--jobs", paramLabel = "N", description = "Fact sets evaluated at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--engine", paramLabel = "NAME", defaultValue = LocalBatchEngine.NAME,
      description = "How to run the batch: local (threads in this JVM, the default) or spark "
          + "(Apache Spark in local mode, local[*]; the launcher fetches Spark on first use).")
  private String engineName;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master to run on, such as spark://host:7077 "
          + "(default: local[N], N being --jobs).")
  private String master;

  @Option(names = "--format", paramLabel = "F", completionCandidates = FormatNames.class,
      converter = FormatNames.class,
      description = "A report to write, repeatable: ${COMPLETION-CANDIDATES} (default: txt, json, csv, md, "
          + "html and junit, and with --engine spark also parquet).")
  private Set<BatchFormat> formats;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (jobs < 1) {
      err.println("--jobs must be at least 1, got " + jobs);
      return ExitCodes.BAD_INPUT;
    }
    if (master != null && !engineName.equals("spark")) {
      // Named, not looked up: the Spark engine's class is not loaded on the plain path.
      err.println("--master is for --engine spark; the " + TerminalText.escape(engineName)
          + " engine runs in this JVM");
      return ExitCodes.BAD_INPUT;
    }
    String run = BatchReports.newRun();
    BatchEngine engine;
    Evaluator evaluator;
    Limits within;
    List<BatchSource> sources = new ArrayList<>();
    try {
      // The engine first: one that cannot run here says so before the rules are compiled.
      engine = BatchEngines.named(engineName);
      within = limits.limits();
      evaluator = rules.load().withMaxFirings(within.maxFirings());
      for (String path : paths) {
        // A URL is the engine's to list (Spark lists it through Hadoop); the local engine refuses it.
        if (BatchSource.isUrl(path)) {
          sources.addAll(engine.discover(path));
        } else {
          FactSets.discover(Path.of(path)).forEach(p -> sources.add(BatchSource.of(p)));
        }
      }
    } catch (PlancheckException | IllegalArgumentException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    if (sources.isEmpty()) {
      err.println("no fact set found under " + TerminalText.escape(paths.toString()) + ": a fact set is a folder "
          + "holding fact CSV files, a .json fact file, an .xlsx workbook, or a partition of a register of tables "
          + "(ROOT/KIND/key=value/.../part-*.parquet or .csv)");
      return ExitCodes.BAD_INPUT;
    }
    BatchResult result;
    try (BatchReports.Lock lock = BatchReports.lock(out)) {
      ProgressBar progress = new ProgressBar(err, parent.interactive(), sources.size());
      BatchJob job = new BatchJob(evaluator, rules.folder(), rules.cacheFolderInUse(), sources, within, jobs,
          master);
      List<BatchResult.Entry> entries = engine.evaluate(job, progress::step).stream()
          .map(BatchCommand::inOptionWords).toList();
      List<Report> reports = entries.stream().map(BatchResult.Entry::report).filter(r -> r != null).toList();
      result = new BatchResult(entries, evaluator.goals(), Trajectories.of(reports));
      List<BatchFormat> written = formats == null ? BatchFormat.defaults(engine.name())
          : BatchFormat.all().stream().filter(f -> formats.stream().anyMatch(asked -> asked.name().equals(f.name())))
              .toList();
      BatchReports.write(result, written, out, run, lang.lang);
    } catch (IOException e) {
      err.println(TerminalText.escape(out + ": cannot write the reports: " + e.getMessage()));
      return ExitCodes.BAD_INPUT;
    } catch (PlancheckException e) {
      // An engine that ships the rules elsewhere may find them changed since they were compiled.
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().print(BatchText.tally(result, out, lang.lang));
    return result.errors() > 0 ? ExitCodes.BAD_INPUT : result.passes() ? ExitCodes.PASSED : ExitCodes.NOT_PASSED;
  }

  /** Returns {@code entry} with the limits its error names written as this command's options. */
  private static BatchResult.Entry inOptionWords(BatchResult.Entry entry) {
    return entry.error() == null ? entry
        : new BatchResult.Entry(entry.source(), entry.name(), null, LimitsOption.reword(entry.error()));
  }

  /** The names --format takes, for its help, and the report each names. */
  static final class FormatNames implements Iterable<String>, ITypeConverter<BatchFormat> {
    @Override
    public Iterator<String> iterator() {
      return BatchFormat.all().stream().map(BatchFormat::name).iterator();
    }

    @Override
    public BatchFormat convert(String name) {
      BatchFormat format = BatchFormat.named(name).orElseThrow(() -> new TypeConversionException(
          "no report called '" + name + "'; there are " + String.join(", ", this)));
      format.unavailable().ifPresent(why -> {
        throw new TypeConversionException(name + ": " + why);
      });
      return format;
    }
  }
}
