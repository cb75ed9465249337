package org.plancheck.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.plancheck.Evaluator;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.batch.BatchResult;
import org.plancheck.batch.BatchSource;
import org.plancheck.sources.RegisterLayout;
import org.plancheck.sources.RegisterPartition;
import org.plancheck.sources.RegisterReader;

/**
 * What an executor runs on a partition of fact-set sources (paths, or URLs of register fact sets): each fact set read and evaluated with
 * the rules compiled once in this JVM ({@link ExecutorRules}), exactly as the local engine does
 * ({@link BatchResult.Entry#evaluate}), so errors are located the same way. The fact set of a
 * partitioned register is read from its part files, Parquet ({@link ParquetParts}) or CSV, its
 * grouped kinds reduced as they are read, as the local engine reduces a CSV file's; at a URL,
 * through Hadoop's FileSystem ({@link HadoopTree}) with the driver's Hadoop configuration.
 */
final class FactSetTask implements FlatMapFunction<Iterator<FactSetTask.Source>, ShippedEntry>, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A fact set's source as it travels: its text, and whether it is a URL.
   *
   * @param text the path or URL as written
   * @param url whether it is a URL, a register's fact set read through Hadoop's FileSystem
   */
  record Source(String text, boolean url) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The source of {@code source}. */
    static Source of(BatchSource source) {
      return new Source(source.toString(), source.isUrl());
    }
  }

  private final ShippedRules rules;
  // The driver's Hadoop configuration, for sources at URLs; null when there are none.
  private final Broadcast<SerializableConfiguration> hadoop;
  // Limits is not serializable; its numbers are.
  private final long maxFileBytes;
  private final int maxRows;
  private final int maxFieldLength;
  private final int maxJsonDepth;
  private final long maxFirings;

  FactSetTask(ShippedRules rules, Limits limits, Broadcast<SerializableConfiguration> hadoop) {
    this.rules = rules;
    this.hadoop = hadoop;
    this.maxFileBytes = limits.maxFileBytes();
    this.maxRows = limits.maxRows();
    this.maxFieldLength = limits.maxFieldLength();
    this.maxJsonDepth = limits.maxJsonDepth();
    this.maxFirings = limits.maxFirings();
  }

  @Override
  public Iterator<ShippedEntry> call(Iterator<Source> sources) {
    Limits limits = new Limits(maxFileBytes, maxRows, maxFieldLength, maxJsonDepth, maxFirings);
    Evaluator evaluator = ExecutorRules.evaluator(rules).withMaxFirings(maxFirings);
    // One tree for the task's fact sets: the register's root is listed once, not once a fact set.
    HadoopTree tree = hadoop == null ? null : new HadoopTree(hadoop.value().value());
    List<ShippedEntry> entries = new ArrayList<>();
    while (sources.hasNext()) {
      Source shipped = sources.next();
      if (shipped.url()) {
        entries.add(ShippedEntry.of(BatchResult.Entry.evaluate(evaluator, BatchSource.ofUrl(shipped.text()),
            () -> RegisterReader.read(registerPartition(tree, shipped.text()), evaluator.schema(), limits,
                evaluator::reducer, ParquetParts.READER))));
        continue;
      }
      Path source = Path.of(shipped.text());
      Optional<RegisterPartition> partition = RegisterLayout.partition(source);
      // A register's fact set is read here with Parquet too, which the plain reader leaves to Spark.
      entries.add(ShippedEntry.of(partition.isEmpty() ? BatchResult.Entry.evaluate(evaluator, source, limits)
          : BatchResult.Entry.evaluate(evaluator, BatchSource.of(source), () -> RegisterReader.read(partition.get(),
              evaluator.schema(), limits, evaluator::reducer, ParquetParts.READER))));
    }
    return entries.iterator();
  }

  /**
   * The register fact set at {@code url}, which the driver found in its register: its root is
   * not listed again to check it, which on a store would cost a request per folder per fact set.
   */
  private static RegisterPartition registerPartition(HadoopTree tree, String url) {
    return RegisterLayout.named(tree, url).orElseThrow(() -> new FactFormatException(url, 0, 0, null,
        "not a fact set of a register: from a URL only registers' fact sets are read", null));
  }
}
