package org.plancheck.sources;

import java.nio.file.Path;
import java.util.Map;
import org.plancheck.Evaluator;
import org.plancheck.Fact;
import org.plancheck.FactKind;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;
import org.plancheck.Limits;
import org.plancheck.Report;
import org.plancheck.facts.FactSink;
import org.plancheck.facts.SplittableSink;
import org.plancheck.facts.StreamedFacts;

/** The reports a file of a streamed kind gives read in halves and in one pass, for tests to compare. */
final class HalvesReports {
  private HalvesReports() {}

  /** The report of the fact set whose facts of {@code kind}, {@code count} of them read from {@code file}, {@code sink} took. */
  static Report report(Evaluator rules, FactKind kind, Path file, SplittableSink sink, int count) {
    FactSet facts = FactSet.builder(rules.schema(), new FactSetInfo(file.getParent().getFileName().toString(), null, null))
        .addRead(kind, new StreamedFacts(kind, count, CsvFactReader.source(file, kind, Limits.DEFAULT), sink),
            new References.Origin(file.toString(), false, Map.of()))
        .build();
    return rules.evaluate(facts);
  }

  /** Reads {@code file} the usual way into a new reducer of {@code rules}, through a sink that cannot be split. */
  static Report onePass(Evaluator rules, FactKind kind, Path file) {
    SplittableSink sink = (SplittableSink) rules.reducer(kind);
    int count = CsvFactReader.forEach(file, kind, Limits.DEFAULT, new FactSink() {
      @Override
      public void accept(Fact fact) {
        sink.accept(fact);
      }

      @Override
      public void accept(FactKind kind, Object[] values, int line) {
        sink.accept(kind, values, line);
      }
    });
    return report(rules, kind, file, sink, count);
  }
}
