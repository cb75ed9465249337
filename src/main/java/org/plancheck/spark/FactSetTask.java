package org.plancheck.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.plancheck.Evaluator;
import org.plancheck.Limits;
import org.plancheck.batch.BatchResult;
import org.plancheck.sources.RegisterLayout;
import org.plancheck.sources.RegisterPartition;
import org.plancheck.sources.RegisterReader;

/**
 * What an executor runs on a partition of fact-set paths: each fact set read and evaluated with
 * the rules compiled once in this JVM ({@link ExecutorRules}), exactly as the local engine does
 * ({@link BatchResult.Entry#evaluate}), so errors are located the same way. The fact set of a
 * partitioned register is read from its part files, Parquet ({@link ParquetParts}) or CSV, its
 * grouped kinds reduced as they are read, as the local engine reduces a CSV file's.
 */
final class FactSetTask implements FlatMapFunction<Iterator<String>, ShippedEntry>, Serializable {
  private static final long serialVersionUID = 1L;

  private final ShippedRules rules;
  // Limits is not serializable; its numbers are.
  private final long maxFileBytes;
  private final int maxRows;
  private final int maxFieldLength;
  private final int maxJsonDepth;
  private final long maxFirings;

  FactSetTask(ShippedRules rules, Limits limits) {
    this.rules = rules;
    this.maxFileBytes = limits.maxFileBytes();
    this.maxRows = limits.maxRows();
    this.maxFieldLength = limits.maxFieldLength();
    this.maxJsonDepth = limits.maxJsonDepth();
    this.maxFirings = limits.maxFirings();
  }

  @Override
  public Iterator<ShippedEntry> call(Iterator<String> sources) {
    Limits limits = new Limits(maxFileBytes, maxRows, maxFieldLength, maxJsonDepth, maxFirings);
    Evaluator evaluator = ExecutorRules.evaluator(rules).withMaxFirings(maxFirings);
    List<ShippedEntry> entries = new ArrayList<>();
    while (sources.hasNext()) {
      Path source = Path.of(sources.next());
      Optional<RegisterPartition> partition = RegisterLayout.partition(source);
      // A register's fact set is read here with Parquet too, which the plain reader leaves to Spark.
      entries.add(ShippedEntry.of(partition.isEmpty() ? BatchResult.Entry.evaluate(evaluator, source, limits)
          : BatchResult.Entry.evaluate(evaluator, source, () -> RegisterReader.read(partition.get(),
              evaluator.schema(), limits, evaluator::reducer, ParquetParts.READER))));
    }
    return entries.iterator();
  }
}
