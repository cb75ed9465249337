package org.plancheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.PlancheckException;
import org.plancheck.SyntheticFactSets;
import org.plancheck.report.TerminalText;
import org.plancheck.report.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck generate}: a deterministic synthetic fact set of any size. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a synthetic fact set of the kinds the rules declare as a CSV folder "
        + "(or, with --format xlsx, an Excel workbook): "
        + "N rows for every kind a group type groups (a register), a thousandth of that for the "
        + "others, values as the declarations allow, long-tailed amounts. The same rules, size "
        + "and seed always give the same files, so benchmarks can be reproduced anywhere.")
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;

  @Mixin private RulesOption rules;

  @Option(names = {"--rows", "--enterprises"}, paramLabel = "N", required = true,
      description = "How many rows each register kind gets (--enterprises is the older name).")
  private int rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  /** The forms {@code generate} writes. */
  enum Format {
    csv,
    xlsx
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (a folder, the default) or xlsx (one workbook, a sheet per kind).")
  private Format format;

  @Parameters(paramLabel = "OUT", description = "The folder to write (csv), or the .xlsx file (xlsx).")
  private Path out;

  @Override
  public Integer call() {
    if (rows < 1) {
      spec.commandLine().getErr().println("--rows must be at least 1, got " + rows);
      return ExitCodes.BAD_INPUT;
    }
    if (format == Format.xlsx && !String.valueOf(out.getFileName()).endsWith(".xlsx")) {
      // Read back, a workbook is known by its extension.
      spec.commandLine().getErr().println(TerminalText.escape(out + ": a workbook's name must end in .xlsx"));
      return ExitCodes.BAD_INPUT;
    }
    try {
      Evaluator evaluator = rules.load();
      FactSet facts = SyntheticFactSets.generate(evaluator.schema(), rows, seed);
      if (format == Format.xlsx) {
        FactSets.writeXlsx(facts, out);
      } else {
        FactSets.writeCsv(facts, out);
      }
    } catch (PlancheckException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println(TerminalText.escape(out + ": cannot write the fact set: " + e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + Words.count(rows, "row") + " per register kind to " + out);
    return ExitCodes.PASSED;
  }
}
