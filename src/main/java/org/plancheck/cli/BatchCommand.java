package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plancheck.Evaluator;
import org.plancheck.FactSets;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.Trajectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Fact sets, or folders holding fact sets.")
  private List<Path> paths;

  @Option(names = "--jobs", paramLabel = "N", description = "Fact sets evaluated at once (default: the number of cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--format", paramLabel = "F",
      description = "A report to write, repeatable: ${COMPLETION-CANDIDATES} (default: all).")
  private Set<BatchReports.Format> formats = EnumSet.allOf(BatchReports.Format.class);

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
    String run = BatchReports.newRun();
    Evaluator evaluator;
    Limits within;
    List<Path> sources = new ArrayList<>();
    try {
      within = limits.limits();
      evaluator = rules.load().withMaxFirings(within.maxFirings());
      for (Path path : paths) {
        sources.addAll(FactSets.discover(path));
      }
    } catch (PlancheckException | IllegalArgumentException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    if (sources.isEmpty()) {
      err.println("no fact set found under " + TerminalText.escape(paths.toString()) + ": a fact set is a folder "
          + "holding fact CSV files, a .json fact file or an .xlsx workbook");
      return ExitCodes.BAD_INPUT;
    }
    BatchResult result;
    try (BatchReports.Lock lock = BatchReports.lock(out)) {
      List<BatchResult.Entry> entries = evaluate(evaluator, sources, within, err);
      List<Report> reports = entries.stream().map(BatchResult.Entry::report).filter(r -> r != null).toList();
      result = new BatchResult(entries, evaluator.goals(), Trajectories.of(reports));
      BatchReports.write(result, formats, out, run, lang.lang);
    } catch (IOException e) {
      err.println(TerminalText.escape(out + ": cannot write the reports: " + e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().print(BatchText.tally(result, out, lang.lang));
    return result.errors() > 0 ? ExitCodes.BAD_INPUT : result.passes() ? ExitCodes.PASSED : ExitCodes.NOT_PASSED;
  }

  private List<BatchResult.Entry> evaluate(Evaluator evaluator, List<Path> sources, Limits within, PrintWriter err)
      throws InterruptedException {
    ProgressBar progress = new ProgressBar(err, parent.interactive(), sources.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(sources.size(), 1)));
    try {
      List<Future<BatchResult.Entry>> futures = new ArrayList<>();
      for (Path source : sources) {
        futures.add(pool.submit(() -> {
          BatchResult.Entry entry = evaluateOne(evaluator, source, within);
          progress.step(entry.report() == null);
          return entry;
        }));
      }
      List<BatchResult.Entry> entries = new ArrayList<>();
      for (Future<BatchResult.Entry> future : futures) {
        entries.add(result(future));
      }
      return entries;
    } finally {
      pool.shutdownNow();
    }
  }

  private static BatchResult.Entry evaluateOne(Evaluator evaluator, Path source, Limits within) {
    // Until the fact set is read its name is unknown; its path says where the problem is.
    String name = source.toString();
    try {
      Report report = evaluator.evaluate(evaluator.read(source, within));
      return new BatchResult.Entry(source, report.factSet().name(), report, null);
    } catch (PlancheckException e) {
      return new BatchResult.Entry(source, name, null, LimitsOption.message(e));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // A bug must not sink the other fact sets: report it as this one's error. A stack
      // overflow has unwound by now, and a missing or mismatched class or method (a
      // NoSuchMethodError from a library) breaks the code path, not the JVM.
      return new BatchResult.Entry(source, name, null, "internal error: " + e);
    } catch (OutOfMemoryError e) {
      // Going on is judged safe: what filled the heap was this fact set's facts and session,
      // referenced only from this task's stack, so they are garbage now; the rule base is
      // read-only while fact sets run. If the heap is truly exhausted, writing the reports
      // fails with another OutOfMemoryError, which ends the run with exit 3. Other JVM errors
      // (InternalError and the like) are not caught: they end the batch with exit 3.
      return new BatchResult.Entry(source, name, null, "out of memory while evaluating this fact set"
          + " (or one evaluated beside it); give Java more with PLANCHECK_JAVA_OPTS=-Xmx4g, or use --jobs 1");
    }
  }

  private static BatchResult.Entry result(Future<BatchResult.Entry> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Only the errors evaluateOne lets through, which end the batch with exit 3.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("evaluateOne catches every exception", e.getCause());
    }
  }
}
