package org.plancheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plancheck.FactSets;
import org.plancheck.SyntheticFactSets;
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
    description = "Writes a synthetic fact set as a CSV folder: long-tailed revenues with a few "
        + "huge firms, every designation and band represented. The same size and seed always "
        + "give the same files, so benchmarks can be reproduced anywhere.")
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;

  @Option(names = "--enterprises", paramLabel = "N", required = true, description = "How many enterprises.")
  private int enterprises;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Parameters(paramLabel = "OUT", description = "The folder to write.")
  private Path out;

  @Override
  public Integer call() {
    if (enterprises < 1) {
      spec.commandLine().getErr().println("--enterprises must be at least 1, got " + enterprises);
      return ExitCodes.BAD_INPUT;
    }
    try {
      FactSets.writeCsv(SyntheticFactSets.generate(enterprises, seed), out);
    } catch (IOException e) {
      spec.commandLine().getErr().println(TerminalText.escape(out + ": cannot write the fact set: " + e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + Words.count(enterprises, "enterprise") + " to " + out);
    return ExitCodes.ALL_MET;
  }
}
