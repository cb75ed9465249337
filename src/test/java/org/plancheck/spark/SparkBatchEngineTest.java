package org.plancheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Spark engine where Spark is absent, and the spark-submit entry point's command line. */
class SparkBatchEngineTest {
  @Test
  void withoutSparkOnTheClassPath_theEngineLoadsAndSaysHowToGetSpark() throws Exception {
    // plancheck's classes alone, over the JDK's: no Spark, as for `java -jar plancheck-cli.jar`.
    Path classes = Path.of(SparkBatchEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Object engine = loader.loadClass(SparkBatchEngine.class.getName()).getConstructor().newInstance();
      Optional<?> why = (Optional<?>) engine.getClass().getMethod("unavailable").invoke(engine);
      assertThat(why).hasValueSatisfying(text -> assertThat(text.toString())
          .startsWith("Apache Spark is not on the class path.").contains("target/spark-lib", "spark-submit"));
    }
  }

  @Test
  void withSparkOnTheClassPath_theEngineIsAvailable() {
    assertThat(new SparkBatchEngine().unavailable()).isEmpty();
  }

  @Test
  void sparkBatch_runsTheBatchCommandWithTheSparkEngine_andTheArgumentsGiven() {
    assertThat(SparkBatch.arguments(new String[] {"--out", "reports", "fixtures"}))
        .containsExactly("batch", "--engine", "spark", "--out", "reports", "fixtures");
  }
}
