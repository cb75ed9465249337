package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.Evaluator;
import org.plancheck.GoalResult;
import org.plancheck.Limits;
import org.plancheck.PlancheckException;
import org.plancheck.Report;
import org.plancheck.report.ExplainText;
import org.plancheck.report.TerminalText;
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

  @Parameters(index = "1", paramLabel = "FACTSET", description = "A fact-set folder, a JSON file, an .xlsx "
      + "workbook, or a database's JDBC URL (jdbc:postgresql://host/db).")
  private String factSet;

  @Mixin private DatabaseOption database;

  @Option(names = "--all", description = "List every counted fact, not only the ten largest.")
  private boolean all;

  @Option(names = "--scope", paramLabel = "SCOPE",
      description = "For a goal with @scopes: explain this scope only (default: each scope in turn).")
  private String scope;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (database.misused(factSet) != null) {
      err.println(database.misused(factSet));
      return ExitCodes.BAD_INPUT;
    }
    Report report;
    try {
      Evaluator evaluator = rules.load();
      report = evaluator.evaluate(database.read(evaluator, factSet, Limits.DEFAULT));
    } catch (PlancheckException e) {
      err.println(TerminalText.escapeKeepingLines(LimitsOption.message(e)));
      return ExitCodes.BAD_INPUT;
    }
    List<GoalResult> results = report.results(goal);
    if (results.isEmpty()) {
      err.println("no goal " + TerminalText.escape(goal) + " in " + rules.folder() + "; its goals are "
          + String.join(", ", report.goals().stream().map(GoalResult::id).distinct().toList()));
      return ExitCodes.BAD_INPUT;
    }
    if (scope != null) {
      List<String> scopes = results.get(0).goal().scopes();
      results = results.stream().filter(r -> scope.equals(r.scope())).toList();
      if (results.isEmpty()) {
        err.println("goal " + TerminalText.escape(goal) + " has no scope " + TerminalText.escape(scope) + "; "
            + (scopes.isEmpty() ? "it is measured once (no @scopes)" : "its scopes are " + String.join(", ", scopes)));
        return ExitCodes.BAD_INPUT;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < results.size(); i++) {
      out.print((i == 0 ? "" : "\n") + ExplainText.render(results.get(i), all, lang.lang));
    }
    return results.stream().allMatch(r -> r.status().passes()) ? ExitCodes.PASSED : ExitCodes.NOT_PASSED;
  }
}
