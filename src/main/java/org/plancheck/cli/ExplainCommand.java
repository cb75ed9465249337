package org.plancheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plancheck.Evaluator;
import org.plancheck.GoalResult;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plancheck explain}: why one goal has its status, in plain sentences. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains one goal's status on one fact set: the measure and how the rule "
        + "computed it, the comparator and target, the gap, and the facts that counted.")
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @Mixin private RulesOption rules;
  @Mixin private LangOption lang;

  @Parameters(index = "0", paramLabel = "GOAL", description = "A goal id, such as GLC-SCALE.")
  private String goal;

  @Parameters(index = "1", paramLabel = "FACTSET", description = "A fact-set folder or JSON file.")
  private Path factSet;

  @Option(names = "--all", description = "List every counted fact, not only the ten largest.")
  private boolean all;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Report report;
    try {
      Evaluator evaluator = rules.load();
      report = evaluator.evaluate(evaluator.read(factSet));
    } catch (PlancheckException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    GoalResult result = report.goal(goal).orElse(null);
    if (result == null) {
      err.println("no goal " + TerminalText.escape(goal) + " in " + rules.folder() + "; its goals are "
          + String.join(", ", report.goals().stream().map(GoalResult::id).toList()));
      return ExitCodes.BAD_INPUT;
    }
    spec.commandLine().getOut().print(ExplainText.render(result, all, lang.lang));
    return result.status() == Status.MET ? ExitCodes.ALL_MET : ExitCodes.NOT_ALL_MET;
  }
}
