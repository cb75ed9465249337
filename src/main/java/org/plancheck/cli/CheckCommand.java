package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.plancheck.RuleCheck;
import org.plancheck.RuleProblem;
import org.plancheck.report.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plancheck check}: compiles the rules and lints their goal metadata. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Compiles every .drl file and checks each goal rule's metadata: required "
        + "annotations, unique goal ids, comparators, targets and deadlines that parse. Prints "
        + "every problem as file:line:column: error|warning: message.")
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private VerboseOption verbose;
  @Mixin private RulesOption rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleCheck check = rules.check();
    check.problems().forEach(out::println);
    int errors = check.problems(RuleProblem.Severity.ERROR).size();
    int warnings = check.problems(RuleProblem.Severity.WARNING).size();
    out.println(rules.folder() + ": " + Words.count(check.goals().size(), "goal") + ", "
        + Words.count(errors, "error") + ", " + Words.count(warnings, "warning"));
    return check.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.PASSED;
  }
}
