package org.plancheck.bench;

import java.nio.file.Path;
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
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.Report;
import org.plancheck.SyntheticFactSets;

/**
 * Evaluation time, side by side: plancheck over the shipped rules, the hand-written floor,
 * and the plain insert-everything Drools session, on the same synthetic register.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class EvaluationBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  private FactSet facts;
  private Evaluator evaluator;
  private KieBase plain;

  @Setup
  public void setUp() {
    facts = SyntheticFactSets.generate(enterprises, 1);
    evaluator = Evaluator.fromRules(Path.of("rules"));
    plain = PlainDrools.compile();
  }

  @Benchmark
  public Report plancheck() {
    return evaluator.evaluate(facts);
  }

  @Benchmark
  public Object handWrittenFloor() {
    return HandWrittenGoals.evaluate(facts);
  }

  @Benchmark
  public Map<String, Object> plainDroolsSession() {
    return PlainDrools.evaluate(plain, facts);
  }
}
