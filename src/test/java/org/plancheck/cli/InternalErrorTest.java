package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;

/**
 * A java.lang.Error in a command is an internal error: exit 3, one sentence, a stack trace only
 * with --verbose; in a batch it costs only its own fact set. The errors are thrown by a rule
 * consequence, which Drools lets through unwrapped, as it does a real NoSuchMethodError.
 */
class InternalErrorTest {
  @TempDir Path temp;

  /** The shipped rules plus one that throws {@code error} whenever the fact set has a scenario. */
  private Path rulesThrowing(String error) throws IOException {
    Path rules = RuleFolders.copyOfShippedRules(temp);
    Files.writeString(rules.resolve("zz-boom.drl"), """
        package boom;
        rule "BOOM throws"
        when
            Scenario()
        then
            throw new %s;
        end
        """.formatted(error));
    return rules;
  }

  @Test
  void noSuchMethodError_inEvaluate_exitsThree_withOneSentenceAndNoStackTrace() throws IOException {
    Path rules = rulesThrowing("NoSuchMethodError(\"EvaluatorHelper.initOperators\")");
    CliHarness.Run run = run("evaluate", "--no-cache", "--rules", rules.toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("plancheck: internal error: java.lang.NoSuchMethodError: EvaluatorHelper.initOperators")
        .doesNotContain("\tat ");
  }

  @Test
  void stackOverflowError_withVerbose_printsTheStackTrace() throws IOException {
    Path rules = rulesThrowing("StackOverflowError(\"deep\")");
    CliHarness.Run run = run("evaluate", "--verbose", "--no-cache", "--rules", rules.toString(), "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("plancheck: internal error: java.lang.StackOverflowError: deep").contains("\tat ");
  }

  @Test
  void outOfMemoryError_exitsThree_namingTheWayToGiveJavaMoreMemory() throws IOException {
    Path rules = rulesThrowing("OutOfMemoryError(\"Java heap space\")");
    CliHarness.Run run = run("explain", "--no-cache", "--rules", rules.toString(), "GLC-SCALE", "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("plancheck: out of memory (Java heap space); give Java more with "
        + "PLANCHECK_JAVA_OPTS=-Xmx4g, or evaluate fewer or smaller fact sets at once (--jobs 1)\n");
  }

  @Test
  void errorsInABatch_costOnlyTheirFactSet() throws IOException {
    for (String error : new String[] {"StackOverflowError()", "NoSuchMethodError(\"x\")", "OutOfMemoryError(\"Java heap space\")"}) {
      Path rules = rulesThrowing(error);
      Path out = temp.resolve("out");
      CliHarness.Run run = run("batch", "--no-cache", "--rules", rules.toString(), "--format", "json",
          "--out", out.toString(), "fixtures/shanghai-2025", "fixtures/data-files-absent");
      assertThat(run.code()).as(error).isEqualTo(2);
      JsonNode sets = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("factSets");
      assertThat(sets.get(0).get("status").asText()).isEqualTo("ERROR");
      assertThat(sets.get(0).get("error").asText()).containsAnyOf("internal error: java.lang.", "out of memory");
      assertThat(sets.get(1).get("status").asText()).isEqualTo("EVALUATED");
      try (var files = Files.walk(rules)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
