package org.plancheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the {@link BatchEngine} that {@code --engine} names: the local engine, always there,
 * and those on the class path declared in {@code META-INF/services/org.plancheck.batch.BatchEngine}
 * (the command line's jar declares Spark's). An engine whose libraries are absent still loads:
 * its classes name them only where it runs, and it says what is missing.
 */
public final class BatchEngines {
  private BatchEngines() {}

  /** Returns every engine: the local one first, then those found, in the order the service files list them. */
  public static List<BatchEngine> all() {
    List<BatchEngine> engines = new ArrayList<>();
    engines.add(new LocalBatchEngine());
    ServiceLoader.load(BatchEngine.class, BatchEngine.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).forEach(engines::add);
    return engines;
  }

  /**
   * Returns the engine called {@code name}.
   *
   * @throws IllegalArgumentException with a sentence naming the engines there are, when none is
   *     called so, or saying how to make it run, when it cannot run here
   */
  public static BatchEngine named(String name) {
    List<BatchEngine> engines = all();
    BatchEngine engine = engines.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("--engine: no engine called '" + name + "'; there are "
            + engines.stream().map(BatchEngine::name).collect(Collectors.joining(", "))));
    engine.unavailable().ifPresent(why -> {
      throw new IllegalArgumentException("--engine " + name + ": " + why);
    });
    return engine;
  }
}
