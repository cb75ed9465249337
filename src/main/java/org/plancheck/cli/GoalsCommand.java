package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.Goal;
import org.plancheck.RuleCheck;
import org.plancheck.RuleProblem;
import org.plancheck.report.GoalCatalogText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plancheck goals}: the goal catalogue, read from the rules. */
@Command(
    name = "goals",
    mixinStandardHelpOptions = true,
    description = "Lists the goals the rules declare: id, plan, title, comparator, target, unit, "
        + "deadline and source. The Markdown form is documentation a plan office can publish.")
final class GoalsCommand implements Callable<Integer> {
  /** The catalogue formats. */
  enum Format {
    table,
    json,
    markdown
  }

  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @Mixin private RulesOption rules;
  @Mixin private LangOption lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Catalogue format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    RuleCheck check = rules.check();
    if (check.hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      check.problems(RuleProblem.Severity.ERROR).forEach(err::println);
      return ExitCodes.BAD_INPUT;
    }
    List<Goal> goals = check.goals();
    String text = switch (format) {
      case table -> GoalCatalogText.table(goals, lang.lang);
      case json -> GoalCatalogText.json(goals);
      case markdown -> GoalCatalogText.markdown(goals, rules.folder().toString(), lang.lang);
    };
    spec.commandLine().getOut().print(text);
    return ExitCodes.PASSED;
  }
}
