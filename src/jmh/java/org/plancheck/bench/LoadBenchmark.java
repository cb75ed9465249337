package org.plancheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plancheck.Evaluator;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSets;

/** Loading a register from CSV, and compiling the shipped rules from scratch. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class LoadBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  private Path folder;
  private FactSchema schema;

  @Setup
  public void setUp() throws IOException {
    schema = Evaluator.fromRules(Path.of("rules")).schema();
    folder = Files.createTempDirectory("plancheck-bench-");
    FactSets.writeCsv(ShanghaiRegister.generate(schema, enterprises, 1), folder);
  }

  @Benchmark
  public FactSet loadCsv() {
    return FactSets.read(folder, schema);
  }

  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Evaluator compileRules() {
    return Evaluator.fromRules(Path.of("rules"));
  }
}
