package org.plancheck.cli;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the {@link BatchEngine} that {@code --engine} names among those on the class path,
 * declared in {@code META-INF/services/org.plancheck.cli.BatchEngine}. An engine whose
 * libraries are absent (Spark) still loads: its classes name them only where it runs.
 */
final class BatchEngines {
  private BatchEngines() {}

  /** Returns every engine found, in the order the service files list them. */
  static List<BatchEngine> all() {
    return ServiceLoader.load(BatchEngine.class, BatchEngine.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList();
  }

  /**
   * Returns the engine called {@code name}.
   *
   * @throws IllegalArgumentException with a sentence naming the engines there are, when none is
   *     called so, or saying how to make it run, when it cannot run here
   */
  static BatchEngine named(String name) {
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
