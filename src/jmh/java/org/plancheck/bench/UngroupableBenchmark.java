package org.plancheck.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.Report;

/**
 * The worst case for grouping, side by side with plain per-fact evaluation: a register whose
 * enterprises outside the terminal plan each have a segment of their own, so that almost every
 * row is a group of one. plancheck over the shipped rules must cost no more than the plain
 * Drools session that inserts every enterprise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class UngroupableBenchmark {
  @Param({"1000000"})
  public int enterprises;

  private FactSet facts;
  private Evaluator evaluator;
  private KieBase plain;
  private List<Object> plainBeans;

  @Setup
  public void setUp(BenchmarkParams params) {
    evaluator = Evaluator.fromRules(Path.of("rules"));
    facts = ShanghaiRegister.generate(evaluator.schema(), enterprises, 1, true);
    if (params.getBenchmark().endsWith(".plainDroolsSession")) {
      plain = PlainDrools.compile();
      plainBeans = PlainDrools.beans(plain, facts);
    }
  }

  @Benchmark
  public Report plancheck() {
    return evaluator.evaluate(facts);
  }

  @Benchmark
  public Map<String, Object> plainDroolsSession() {
    return PlainDrools.evaluate(plain, plainBeans);
  }
}
