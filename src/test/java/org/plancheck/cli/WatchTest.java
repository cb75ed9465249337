package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;

/** --watch re-runs on every edit, and a broken edit shows its errors without ending the watch. */
class WatchTest {
  @TempDir Path temp;

  @Test
  void evaluateWatch_rerunsOnFactAndRuleEdits_andSurvivesABrokenRule() throws Exception {
    Path rules = RuleFolders.copyOfShippedRules(temp);
    Path facts = Files.createDirectories(temp.resolve("facts"));
    Path register = facts.resolve("enterprises.csv");
    Files.writeString(register, "id,industry,revenue\nG1,green-low-carbon,5000亿\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    FutureTask<Integer> code = new FutureTask<>(() -> Cli.run(
        new String[] {"evaluate", "--watch", "--rules", rules.toString(), facts.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    Thread runner = new Thread(code, "watch");
    runner.start();
    awaitText(out::toString, "30 goals, 0 met, 16 missed, 14 unknown", 1);

    Files.writeString(register, "id,industry,revenue\nG1,green-low-carbon,5001亿\nM1,metaverse,350 billion\n");
    awaitText(out::toString, "30 goals, 2 met, 14 missed, 14 unknown", 1);

    Path metaverse = rules.resolve("metaverse.drl");
    String good = Files.readString(metaverse);
    Files.writeString(metaverse, good.replace("industry == \"metaverse\", $revenue", "industri == \"metaverse\", $revenue"));
    awaitText(err::toString, "error: EnterpriseGroup has no field 'industri'", 1);

    Files.writeString(metaverse, good + "\n");
    awaitText(out::toString, "30 goals, 2 met, 14 missed, 14 unknown", 2);
    runner.interrupt();
    assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(err.toString()).contains("watching", "--- change seen, running again");
  }

  @Test
  void testWatch_rerunsTheCasesWhenAnExpectationChanges() throws Exception {
    Path cases = Files.createDirectories(temp.resolve("cases/one"));
    Files.writeString(cases.resolve("scenarios.csv"), "id,industry\nS1,metaverse\n");
    Path expected = cases.resolve("expected.json");
    Files.writeString(expected, "{\"goals\": {\"MV-SCENARIOS\": {\"status\": \"MISSED\"}}}");
    StringWriter out = new StringWriter();
    FutureTask<Integer> code = new FutureTask<>(() -> Cli.run(
        new String[] {"test", "--watch", temp.resolve("cases").toString()},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
    Thread runner = new Thread(code, "watch");
    runner.start();
    awaitText(out::toString, "1 passed, 0 failed", 1);
    Files.writeString(expected, "{\"goals\": {\"MV-SCENARIOS\": {\"status\": \"MET\"}}}  ");
    awaitText(out::toString, "0 passed, 1 failed", 1);
    runner.interrupt();
    assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(1);
  }

  /** Waits (up to a generous limit, never as a speed check) until {@code text} appears {@code times} times. */
  private static void awaitText(Supplier<String> output, String text, int times) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count(output.get(), text) < times) {
      assertThat(System.nanoTime()).as("waiting for: " + text + "\n" + output.get()).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
