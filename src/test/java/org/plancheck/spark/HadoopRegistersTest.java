package org.plancheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.batch.BatchSource;
import org.plancheck.testing.Registers;
import org.plancheck.testing.RootedFileSystem;

/** The driver's listing of a URL before any Spark session runs, as under spark-submit. */
class HadoopRegistersTest {
  @TempDir Path store;

  @Test
  void withNoSessionYet_theUrlIsListedWithTheSparkHadoopSettingsSparkSubmitPasses() throws Exception {
    assumeTrue(SparkSession.getDefaultSession().isEmpty(), "a Spark session of another test runs");
    Registers.writeCsvRegister(store.resolve("reg"), Registers.fixtures().subList(0, 2));
    // spark-submit passes --conf settings to the driver as system properties.
    Map<String, String> settings = Map.of("spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl",
        RootedFileSystem.class.getName(), "spark.hadoop." + RootedFileSystem.ROOT, store.toString(),
        "spark.hadoop.fs." + RootedFileSystem.SCHEME + ".impl.disable.cache", "true");
    settings.forEach(System::setProperty);
    try {
      assertThat(HadoopRegisters.discover("plantest:/reg/")).containsExactly(
          BatchSource.ofUrl("plantest:/reg/region=AllMet/asOf=2025-12-31"),
          BatchSource.ofUrl("plantest:/reg/region=Shanghai/asOf=2025-12-31"));
    } finally {
      settings.keySet().forEach(System::clearProperty);
    }
  }
}
