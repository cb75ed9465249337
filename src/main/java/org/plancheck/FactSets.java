package org.plancheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.plancheck.facts.StreamedFacts;
import org.plancheck.sources.JsonFactReader;
import org.plancheck.sources.MemoryCheck;
import org.plancheck.sources.RegisterReader;
import org.plancheck.sources.RegisterLayout;
import org.plancheck.sources.RegisterPartition;
import org.plancheck.sources.TextFiles;
import org.plancheck.sources.FactSetSearch;
import org.plancheck.sources.FactSetWriter;
import org.plancheck.sources.FileTree;
import org.plancheck.sources.RegisterParts;
import org.plancheck.sources.Urls;
import org.plancheck.sources.XlsxFactReader;
import org.plancheck.sources.XlsxFactWriter;

/**
 * Reads fact sets from disk: a folder of CSV files, one JSON file or one Excel workbook, against
 * the fact kinds a rules folder declares ({@link Evaluator#schema()}).
 *
 * <p>A folder holds a {@code NAME.csv} for any declared kind {@code @facts("NAME")}, and
 * optionally {@code factset.json} with the name, date and region. A file that is absent leaves
 * its kind absent; a file with only a header row means zero facts of that kind. Files are UTF-8,
 * a byte-order mark is tolerated. A workbook ({@code .xlsx}) holds a sheet {@code NAME} per kind
 * and optionally a sheet {@code factset}; reading or writing one needs FastExcel ({@code
 * org.dhatim:fastexcel-reader}, {@code org.dhatim:fastexcel}) on the class path. A partitioned
 * register ({@code ROOT/enterprises/region=Pudong/asOf=2025-12-31/part-*.csv}) holds a fact set
 * per combination of partition values, named by the path {@code
 * ROOT/region=Pudong/asOf=2025-12-31} ({@link RegisterLayout}). Safe to call from any thread.
 */
public final class FactSets {
  /** The optional file in a fact-set folder that names and dates the fact set. */
  public static final String INFO_FILE = "factset.json";

  /** Files a fact-set folder may hold that are not facts: test expectations, notes. */
  static final Set<String> OTHER_FILES = FactSetSearch.OTHER_FILES;

  private FactSets() {}

  /**
   * Reads the fact set at {@code path}, a folder of CSV files, a {@code .json} file or an {@code
   * .xlsx} workbook, whose kinds {@code schema} declares.
   *
   * @throws FactFormatException naming the file, line and field of the first problem found
   */
  public static FactSet read(Path path, FactSchema schema) {
    return read(path, schema, Limits.DEFAULT);
  }

  /**
   * Reads the fact set at {@code path} within {@code limits} of file size, rows, field length
   * and JSON depth.
   *
   * @throws FactFormatException naming the file, line and field of the first problem found, or
   *     the limit exceeded and the option that raises it
   */
  public static FactSet read(Path path, FactSchema schema, Limits limits) {
    return read(path, schema, limits, kind -> null);
  }

  /**
   * Reads the fact set at {@code path}, giving the facts of each CSV file whose kind {@code
   * reducers} has a reducer for to that reducer instead of holding them; that kind's facts are
   * then a {@link StreamedFacts} that carries the reducer and reads the file again if listed. A
   * JSON fact set or a workbook is held whole.
   */
  static FactSet read(Path path, FactSchema schema, Limits limits, Function<FactKind, Consumer<Fact>> reducers) {
    String name = nameOf(path);
    if (Files.isDirectory(path)) {
      // A register's table or partition folder holds part files, not fact files: say what to give.
      RegisterParts.checkNotInside(FileTree.local(), path.toString());
      return FactFolders.read(path, schema, name, limits, reducers);
    }
    String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
    boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    if (exists && fileName.endsWith(".json")) {
      // The reader refuses a link, a FIFO or a device before opening it.
      MemoryCheck.check(path, List.of(path), Runtime.getRuntime().maxMemory());
      return JsonFactReader.readFactSet(path, schema, name, limits);
    }
    if (exists && fileName.endsWith(".xlsx")) {
      requireFastExcel(path, "org.dhatim.fastexcel.reader.ReadableWorkbook", "fastexcel-reader", "read");
      return XlsxFactReader.read(path, schema, name, limits);
    }
    if (!exists) {
      // A fact set of a partitioned register is named by a path no folder has.
      java.util.Optional<RegisterPartition> partition = RegisterLayout.partition(path);
      if (partition.isPresent()) {
        return RegisterReader.read(partition.get(), schema, limits, reducers, null);
      }
    }
    String problem;
    if (!exists) {
      problem = missing(path);
    } else if (lowerCase(fileName).endsWith(".json") || lowerCase(fileName).endsWith(".xlsx")) {
      problem = "the extension must be lower-case: rename it to " + lowerCaseExtension(fileName);
    } else {
      problem = "not a fact set: expected a folder of CSV files, a .json file or an .xlsx workbook";
    }
    throw new FactFormatException(path, 0, 0, null, problem, null);
  }

  /**
   * Writes {@code facts} as a CSV folder, one file per kind of data the fact set holds and a
   * {@code factset.json}; {@link #read} gives the same facts back.
   *
   * @throws IOException when the folder or a file cannot be written
   */
  public static void writeCsv(FactSet facts, Path folder) throws IOException {
    FactSetWriter.write(facts, folder);
  }

  /**
   * Writes {@code facts} as an Excel workbook at {@code file}: a sheet per kind of data the fact
   * set holds, with a header row, and a {@code factset} sheet; {@link #read} gives the same facts
   * back. Numbers, booleans and dates are written as such; a number Excel could not hold exactly
   * (more than 15 significant digits) is written as text. Needs {@code org.dhatim:fastexcel}.
   *
   * @throws IOException when the file cannot be written
   * @throws FactFormatException when FastExcel is not on the class path
   */
  public static void writeXlsx(FactSet facts, Path file) throws IOException {
    requireFastExcel(file, "org.dhatim.fastexcel.Workbook", "fastexcel", "write");
    XlsxFactWriter.write(facts, file);
  }

  /** FastExcel is an optional dependency of the library: say which to add rather than fail with a class error. */
  private static void requireFastExcel(Path path, String className, String artifact, String verb) {
    try {
      Class.forName(className, false, FactSets.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new FactFormatException(path, 0, 0, null, "to " + verb + " .xlsx workbooks, add org.dhatim:" + artifact
          + " to the class path", e);
    }
  }

  /**
   * Reads a fact set in the single-file JSON form from {@code reader}, such as a request body,
   * within {@code limits}.
   *
   * @param name the fact set's name when the document gives none, and the source errors cite
   *     (any text: {@code s3://bucket/f.json} is shown as given)
   * @throws FactFormatException naming the line, column and field of the first problem found
   */
  public static FactSet readJson(java.io.Reader reader, String name, FactSchema schema, Limits limits) {
    return JsonFactReader.readFactSet(name, reader, schema, name, limits);
  }

  /**
   * Why {@code path} cannot be read: it does not exist, and when it was written as a URL
   * ({@code s3a://bucket/x}, which a file path keeps as {@code s3a:/bucket/x}), that files are
   * read here, and what reads a URL.
   */
  private static String missing(Path path) {
    String scheme = Urls.scheme(path.toString());
    return scheme == null ? "no such file or folder" : "no such file or folder; " + Urls.notRead(scheme, "here");
  }

  /**
   * Returns every fact set at or under {@code path}, in path order: the path itself when it is
   * a fact-set folder (one holding a {@code .csv} file or a {@code factset.json}), a {@code
   * .json} fact file or an {@code .xlsx} workbook, otherwise the fact sets found in its
   * subfolders; a partitioned register's root gives its fact sets, and the path of one of them
   * gives itself. Symbolic links are not followed.
   *
   * @throws FactFormatException when the path does not exist or cannot be listed, is a register
   *     that could be read two ways or a table or partition folder of one, or holds only writers'
   *     markers ({@code _SUCCESS})
   */
  public static List<Path> discover(Path path) {
    return FactSetSearch.search(FileTree.local(), path.toString(), missing(path)).stream()
        .map(found -> Path.of(found.location())).toList();
  }

  static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Returns {@code name} with its extension in lower case: NAME.JSON gives NAME.json. */
  private static String lowerCaseExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot) + lowerCase(name.substring(dot));
  }

  private static String nameOf(Path path) {
    Path fileName = path.toAbsolutePath().normalize().getFileName();
    String name = fileName == null ? path.toString() : fileName.toString();
    if (name.endsWith(".json") || name.endsWith(".xlsx")) {
      return name.substring(0, name.length() - 5);
    }
    return name;
  }
}
