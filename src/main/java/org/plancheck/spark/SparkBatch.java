package org.plancheck.spark;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.cli.Main;

/**
 * The entry point for spark-submit: {@code spark-submit --class org.plancheck.spark.SparkBatch
 * plancheck-cli.jar --out reports PATH...} runs {@code plancheck batch --engine spark} with the
 * arguments given, on the master spark-submit sets.
 */
public final class SparkBatch {
  private SparkBatch() {}

  /** Runs {@code batch --engine spark} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    Main.main(arguments(args));
  }

  /** Returns the batch command line for {@code args}: the command and the engine, then {@code args}. */
  static String[] arguments(String[] args) {
    List<String> all = new ArrayList<>(List.of("batch", "--engine", SparkBatchEngine.NAME));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }
}
