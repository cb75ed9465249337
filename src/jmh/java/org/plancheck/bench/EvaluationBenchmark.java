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
 * Evaluation time, side by side, on the same synthetic register: plancheck over the shipped
 * rules, plancheck over the shipped rules plus one natural per-enterprise goal ({@link
 * NaturalRule}), the hand-written floor, and the plain insert-everything Drools session.
 * Each benchmark runs in its own fork and sets up only what it uses, so the heap it runs in
 * holds one register, as in the measurements before.
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

  /**
   * With {@code true}, every enterprise outside the terminal plan has a segment of its own, so
   * that almost every row is a group of one: the worst case for grouping, which must cost no
   * more than the plain session ({@code -p ownSegments=true}).
   */
  @Param({"false"})
  public boolean ownSegments;

  private FactSet facts;
  private Evaluator evaluator;
  private KieBase plain;
  private List<Object> plainBeans;

  @Setup
  public void setUp(BenchmarkParams params) {
    boolean natural = params.getBenchmark().endsWith(".plancheckNaturalRule");
    Path rules = Path.of("rules");
    // The fact set must be read against the evaluator's own declarations.
    evaluator = Evaluator.fromRules(natural ? NaturalRule.folder(rules) : rules);
    facts = ShanghaiRegister.generate(evaluator.schema(), enterprises, 1, ownSegments);
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
  public Report plancheckNaturalRule() {
    return evaluator.evaluate(facts);
  }

  @Benchmark
  public Object handWrittenFloor() {
    return HandWrittenGoals.evaluate(facts);
  }

  @Benchmark
  public Object handWrittenThroughFacts() {
    return HandWrittenGoals.throughFacts(facts);
  }

  @Benchmark
  public Map<String, Object> plainDroolsSession() {
    return PlainDrools.evaluate(plain, plainBeans);
  }
}
