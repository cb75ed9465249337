package org.plancheck.compile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.plancheck.RuleProblem;

/**
 * Turns the Drools compiler's results into {@link RuleProblem}s: a line, a 1-based column and
 * one plain sentence, however the compiler phrased it.
 */
public final class RuleErrors {
  /** Said by the parser after every syntax error; the real error is reported already. */
  public static final String NULL_PACKAGE = "Parser returned a null Package";

  private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+\\s*");
  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*):");
  private static final Pattern NO_METHOD =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern BAD_IMPORT =
      Pattern.compile("(?:Error importing : '|Only a type can be imported\\. )([\\w.$]+)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?:method |field |variable )?(\\w+)(?:\\(| cannot be resolved| is undefined)");

  private RuleErrors() {}

  public static RuleProblem toProblem(KnowledgeBuilderResult result, RuleSource source) {
    RuleProblem.Severity severity =
        result.getSeverity() == ResultSeverity.ERROR
            ? RuleProblem.Severity.ERROR
            : RuleProblem.Severity.WARNING;
    int[] lines = result.getLines();
    int line = lines.length > 0 ? lines[0] : 0;
    String message = result.getMessage().strip();
    int[] at = {line, 1};
    if (result instanceof ParserError parse) {
      at = new int[] {parse.getRow(), parse.getCol() + 1};
      message = PARSER_PREFIX.matcher(message).replaceFirst("");
    } else if (result instanceof RuleBuildError build) {
      at = consequencePosition(build, source);
      message = message.replaceFirst("^Rule Compilation error\\s*", "");
    } else if (result instanceof DescrBuildError descr) {
      at = expressionPosition(descr, message, source);
      message = plainExpressionMessage(message);
    }
    Matcher badImport = BAD_IMPORT.matcher(message);
    if (badImport.find()) {
      // Reported once per rule and at the rule, though the cause is the import line.
      int[] importLine = source.find(1, badImport.group(1));
      at = importLine != null ? importLine : at;
      message = "cannot import '" + badImport.group(1) + "': no such class";
    }
    return new RuleProblem(source.file(), at[0], at[1], severity, oneLine(message));
  }

  private static int[] expressionPosition(DescrBuildError e, String message, RuleSource source) {
    int line = e.getLine();
    Matcher m = EXPRESSION.matcher(message);
    if (m.find()) {
      int index = source.line(line).indexOf(m.group(1).strip());
      if (index >= 0) {
        return new int[] {line, index + 1};
      }
    }
    return new int[] {line, Math.max(e.getColumn(), 0) + 1};
  }

  private static String plainExpressionMessage(String message) {
    Matcher expression = EXPRESSION.matcher(message);
    Matcher method = NO_METHOD.matcher(message);
    if (expression.find() && method.find()) {
      String type = method.group(1).substring(method.group(1).lastIndexOf('.') + 1);
      return type + " has no field '" + method.group(2) + "' (in '" + expression.group(1).strip() + "')";
    }
    return message;
  }

  /** Points a consequence error at the first use of the name it complains about. */
  private static int[] consequencePosition(RuleBuildError e, RuleSource source) {
    int ruleLine = e.getLine();
    int[] then = source.find(ruleLine, "then");
    int from = then == null ? ruleLine : then[0];
    Matcher m = IDENTIFIER.matcher(e.getMessage());
    while (m.find()) {
      int[] at = source.find(from, m.group(1));
      if (at != null) {
        return at;
      }
    }
    return new int[] {from, 1};
  }

  private static String oneLine(String message) {
    String first = message.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    return first.isEmpty() ? "the rule compiler reported a problem without a message" : first;
  }
}
