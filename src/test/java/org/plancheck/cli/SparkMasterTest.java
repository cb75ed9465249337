package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --master Spark cannot use is bad input naming the option, not an internal error. */
class SparkMasterTest {
  @TempDir Path temp;

  @Test
  void aMasterSparkCannotParse_isExit2NamingTheOptionAndItsValue() {
    // No session may be running, or the engine would compare masters instead of starting one.
    assertThat(SparkSession.getDefaultSession().isEmpty()).isTrue();
    CliHarness.Run run = run("batch", "--engine", "spark", "--master", "bogus", "--out", temp.resolve("r").toString(),
        "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--master bogus: Spark could not start on it: ").contains("bogus")
        .doesNotContain("internal error").doesNotContain("\tat ");
  }
}
