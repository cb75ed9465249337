package org.plancheck.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.Limits;
import org.plancheck.facts.StreamedFacts;

/**
 * Reads one fact set of a partitioned register: for each declared kind, the part files of its
 * partition folder ({@code ROOT/enterprises/region=Pudong/asOf=2025-12-31/part-*.csv}), in name
 * order, all with the same columns. CSV part files (a header row, then one row per fact) are read
 * here; Parquet part files by the reader the caller gives, which the Spark engine does with the
 * Parquet library Spark brings. Rows are made into facts by {@link RegisterFactSet}, whichever
 * file they come from, so a small register of CSV tables gives without Spark the reports {@code
 * batch --engine spark} gives.
 */
public final class RegisterReader {
  /** Reads one part file of a table. */
  @FunctionalInterface
  public interface PartFiles {
    /**
     * Gives the file's column names to {@code columns}, then each row's values, in the order of
     * the columns, to {@code rows}: null, text, a typed value or a list of items.
     *
     * @throws FactFormatException when the file cannot be read, naming it
     */
    void read(FileTree tree, String file, Limits limits, Consumer<List<String>> columns, Consumer<Object[]> rows);
  }

  private RegisterReader() {}

  /**
   * Reads the fact set of {@code partition}.
   *
   * @param reducers what keeps a kind's facts as they are read; null for a kind to hold
   * @param parquet reads Parquet part files, or null where none can be read (without Spark)
   * @throws FactFormatException at the first problem, placed by partition folder, kind and key,
   *     or by file and line for a file that is not well-formed CSV
   */
  public static FactSet read(RegisterPartition partition, FactSchema schema, Limits limits,
      Function<FactKind, Consumer<Fact>> reducers, PartFiles parquet) {
    FileTree tree = partition.tree();
    List<String> tables = tree.list(partition.root()).stream().filter(e -> e.kind() == FileTree.Kind.FOLDER)
        .map(FileTree.Entry::name).filter(RegisterLayout::dataFile).toList();
    RegisterFactSet.checkTables(schema, partition, tables);
    RegisterFactSet facts = new RegisterFactSet(schema, partition, limits, reducers);
    for (FactKind kind : schema.kinds()) {
      String folder = partition.folder(kind.name());
      if (!tables.contains(kind.name()) || tree.kind(folder) != FileTree.Kind.FOLDER) {
        continue;
      }
      List<String> files = partFiles(partition, tree, folder, parquet);
      boolean[] begun = {false};
      forEachRow(tree, files, limits, parquet, columns -> {
        facts.begin(kind, columns);
        begun[0] = true;
      }, facts::add);
      if (begun[0]) {
        facts.end(again(partition, kind, files, limits, parquet));
      }
    }
    return facts.build();
  }

  /** Reads the kind's files again, for a streamed kind whose facts are listed. */
  private static StreamedFacts.Source again(RegisterPartition partition, FactKind kind, List<String> files,
      Limits limits, PartFiles parquet) {
    return sink -> {
      TableRows[] rows = {null};
      forEachRow(partition.tree(), files, limits, parquet, columns -> rows[0] = new TableRows(kind,
          partition.folder(kind.name()), columns, limits), values -> sink.accept(rows[0].add(values)));
    };
  }

  /**
   * The part files of a partition folder, in name order; what no reader reads is refused, and so
   * are partition folders below it: the fact set's path named only the outer keys.
   */
  private static List<String> partFiles(RegisterPartition partition, FileTree tree, String folder, PartFiles parquet) {
    List<String> files = new ArrayList<>();
    for (FileTree.Entry file : tree.list(folder)) {
      String name = file.name();
      if (file.kind() == FileTree.Kind.FOLDER && RegisterLayout.partitionFolder(name)) {
        throw new FactFormatException(partition.path(), 0, 0, null, "names the partition " + partition.name()
            + " but the register's tables are partitioned further (" + file.location() + "); a fact set's path names"
            + " a value for every key, such as " + tree.child(partition.path(), name) + ", and the register's root "
            + partition.root() + " gives them all", null);
      }
      if (!RegisterLayout.dataFile(name) || file.kind() == FileTree.Kind.FOLDER) {
        continue;
      }
      if (isParquet(name) && parquet == null) {
        throw new FactFormatException(file.location(), 0, 0, null, "a Parquet file; Parquet tables are read with"
            + " Spark: run batch --engine spark", null);
      }
      if (!isParquet(name) && !isCsv(name)) {
        throw new FactFormatException(file.location(), 0, 0, null, "not a part file of a table: expected .csv files"
            + " or .parquet ones", null);
      }
      files.add(file.location());
    }
    return files;
  }

  private static boolean isParquet(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  private static boolean isCsv(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * Gives the columns of the first file that has some to {@code header}, then every row of every
   * file to {@code row}. An empty file (no header) holds no rows.
   */
  private static void forEachRow(FileTree tree, List<String> files, Limits limits, PartFiles parquet,
      Consumer<List<String>> header, Consumer<Object[]> row) {
    List<List<String>> first = new ArrayList<>();
    String[] firstFile = {null};
    for (String file : files) {
      Consumer<List<String>> columns = names -> {
        if (first.isEmpty()) {
          first.add(names);
          firstFile[0] = file;
          header.accept(names);
        } else if (!first.get(0).equals(names)) {
          throw new FactFormatException(file, 0, 0, null, "the columns differ from " + tree.name(firstFile[0])
              + "'s (" + String.join(", ", first.get(0)) + "); the part files of a table share one set of columns",
              null);
        }
      };
      (isParquet(tree.name(file)) ? parquet : (PartFiles) RegisterReader::readCsv).read(tree, file, limits, columns, row);
    }
  }

  /** Reads a CSV part file: its header's names, then each row's texts. */
  private static void readCsv(FileTree tree, String file, Limits limits, Consumer<List<String>> columns,
      Consumer<Object[]> rows) {
    CsvRecords records = null;
    try {
      records = new CsvRecords(file, () -> tree.open(file, limits), limits);
      List<String> values = new ArrayList<>();
      if (records.next(values) == 0) {
        return;
      }
      List<String> names = values.stream().map(String::strip).toList();
      columns.accept(names);
      for (int line = records.next(values); line > 0; line = records.next(values)) {
        if (values.size() != names.size()) {
          throw new FactFormatException(file, line, 0, null, "the row has " + values.size()
              + " values but the header has " + names.size() + " columns", null);
        }
        rows.accept(values.toArray());
      }
    } catch (IOException e) {
      throw records == null ? TextFiles.ioError(file, e) : records.error(e);
    } finally {
      if (records != null) {
        try {
          records.close();
        } catch (IOException e) {
          // Read to its end, or given up: nothing read depends on it.
        }
      }
    }
  }
}
