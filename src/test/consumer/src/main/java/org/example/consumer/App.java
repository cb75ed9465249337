package org.example.consumer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.PlancheckException;
import org.plancheck.Report;

/**
 * An application embedding plancheck: rules from its own jar, evaluations on several threads,
 * and every bad input caught as a PlancheckException. Prints what it found; exits 1 when
 * anything is not as an embedder expects.
 */
public final class App {
  private App() {}

  public static void main(String[] args) throws Exception {
    Path facts = Path.of(args[0]);
    Path badFacts = Path.of(args[1]);
    List<String> failures = new ArrayList<>();

    Evaluator evaluator = Evaluator.fromClasspath("rules");
    System.out.println("rules: " + evaluator.goals().size() + " goals from the class path, fingerprint "
        + evaluator.rulesFingerprint());
    FactSet factSet = FactSets.read(facts, evaluator.schema());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Report>> reports = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      reports.add(pool.submit(() -> evaluator.evaluate(factSet)));
    }
    String first = reports.get(0).get().toJson();
    for (Future<Report> report : reports) {
      if (!report.get().toJson().equals(first)) {
        failures.add("reports from different threads differ");
      }
    }
    pool.shutdown();
    Report report = reports.get(0).get();
    System.out.println("evaluated 16 times on 4 threads: " + report.met().size() + " met, "
        + report.missed().size() + " missed");
    if (report.goals().size() != 2 || report.met().size() != 1 || !report.rules().equals(evaluator.rulesFingerprint())) {
      failures.add("unexpected report: " + first);
    }

    try {
      Evaluator.fromClasspath("broken-rules");
      failures.add("broken rules compiled");
    } catch (PlancheckException e) {
      System.out.println("bad rule: " + e.getMessage());
    }
    try {
      FactSets.read(badFacts, evaluator.schema());
      failures.add("bad facts were read");
    } catch (PlancheckException e) {
      System.out.println("bad fact: " + e.getMessage());
    }

    for (String absent : List.of("picocli.CommandLine", "org.slf4j.simple.SimpleLogger", "org.plancheck.cli.Main")) {
      try {
        Class.forName(absent);
        failures.add(absent + " is on the class path");
      } catch (ClassNotFoundException expected) {
        // The library brings neither its command line nor a logging binding.
      }
    }

    failures.forEach(f -> System.out.println("FAILED: " + f));
    System.out.println(failures.isEmpty() ? "consumer: OK" : "consumer: FAILED");
    System.exit(failures.isEmpty() ? 0 : 1);
  }
}
