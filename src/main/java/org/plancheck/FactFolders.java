package org.plancheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plancheck.facts.StreamedFacts;
import org.plancheck.sources.CsvFactReader;
import org.plancheck.sources.JsonFactReader;
import org.plancheck.sources.MemoryCheck;
import org.plancheck.sources.References;
import org.plancheck.sources.TextFiles;

/**
 * Reads a fact-set folder: a {@code NAME.csv} per declared kind present, and {@code
 * factset.json}. For {@link FactSets#read}.
 *
 * <p>The files are read largest first, and the problem reported is still the first in the
 * schema's order of kinds. Why: the JIT compiles the reading code for the kinds it has seen read
 * so far. A register's large file read first runs on code compiled for its kind alone; read
 * after the small files, the same code, compiled for all of them, took a quarter more CPU on a
 * 5-million-row register.
 */
final class FactFolders {
  private FactFolders() {}

  /** What reading one kind's file gave: its facts held, or streamed through a reducer. */
  private record Read(FactKind kind, List<Fact> facts, References.Origin origin) {}

  static FactSet read(Path folder, FactSchema schema, String name, Limits limits,
      Function<FactKind, Consumer<Fact>> reducers) {
    checkNoStrayFiles(folder, schema);
    Path infoFile = folder.resolve(FactSets.INFO_FILE);
    // Present means present as anything, link or FIFO included: the reader refuses what is not
    // a regular file, where following or skipping it would read or lose data unsaid.
    FactSetInfo info = Files.exists(infoFile, LinkOption.NOFOLLOW_LINKS)
        ? JsonFactReader.readInfo(infoFile, name, limits)
        : new FactSetInfo(name, null, null);
    Map<FactKind, Consumer<Fact>> reducing = new HashMap<>();
    schema.kinds().forEach(k -> {
      Consumer<Fact> reducer = reducers.apply(k);
      if (reducer != null) {
        reducing.put(k, reducer);
      }
    });
    // Only the kinds held take memory that grows with the files.
    MemoryCheck.check(folder, schema.kinds().stream().filter(k -> !reducing.containsKey(k))
        .map(k -> folder.resolve(k.fileName())).toList(), Runtime.getRuntime().maxMemory());
    List<FactKind> present = schema.kinds().stream()
        .filter(k -> Files.exists(folder.resolve(k.fileName()), LinkOption.NOFOLLOW_LINKS)).toList();
    if (present.isEmpty()) {
      throw new FactFormatException(folder, 0, 0, null,
          "no fact files in the folder; expected one or more of " + schema.fileNames(), null);
    }
    Map<FactKind, Read> read = new HashMap<>();
    for (FactKind kind : largestFirst(folder, present)) {
      try {
        read.put(kind, read(folder, kind, limits, reducing.get(kind)));
      } catch (FactFormatException e) {
        throw firstInDeclaredOrder(folder, present, read, kind, limits, reducing, e);
      }
    }
    FactSet.Builder facts = FactSet.builder(schema, info);
    for (FactKind kind : present) {
      Read one = read.get(kind);
      facts.addRead(kind, one.facts(), one.origin());
    }
    return facts.build();
  }

  private static Read read(Path folder, FactKind kind, Limits limits, Consumer<Fact> reducer) {
    Path file = folder.resolve(kind.fileName());
    References.Origin origin = new References.Origin(file.toString(), false);
    if (reducer == null) {
      return new Read(kind, CsvFactReader.read(file, kind, limits), origin);
    }
    StreamedFacts.Source again = CsvFactReader.source(file, kind, limits);
    int count = CsvFactReader.forEach(file, kind, limits, reducer);
    return new Read(kind, new StreamedFacts(kind, count, again, reducer), origin);
  }

  /** The kinds present, by the size of their files, largest first; equal sizes in the schema's order. */
  private static List<FactKind> largestFirst(Path folder, List<FactKind> present) {
    Map<FactKind, Long> sizes = new HashMap<>();
    for (FactKind kind : present) {
      long size;
      try {
        size = Files.readAttributes(folder.resolve(kind.fileName()), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS).size();
      } catch (IOException e) {
        // Read first: its reader then says what is wrong with it.
        size = Long.MAX_VALUE;
      }
      sizes.put(kind, size);
    }
    List<FactKind> order = new ArrayList<>(present);
    // A stable sort: equal sizes keep the the schema's order.
    order.sort(Comparator.comparing(sizes::get).reversed());
    return order;
  }

  /**
   * Returns the problem a read in the schema's order would have reported: {@code problem}, found in
   * {@code failed}, unless a kind before it in that order, not read yet, has one of its own.
   */
  private static FactFormatException firstInDeclaredOrder(Path folder, List<FactKind> present,
      Map<FactKind, Read> read, FactKind failed, Limits limits, Map<FactKind, Consumer<Fact>> reducing,
      FactFormatException problem) {
    for (FactKind kind : present.subList(0, present.indexOf(failed))) {
      if (!read.containsKey(kind)) {
        try {
          read(folder, kind, limits, reducing.get(kind));
        } catch (FactFormatException earlier) {
          return earlier;
        }
      }
    }
    return problem;
  }

  /** A misspelled fact file would silently make goals UNKNOWN: refuse it instead. */
  private static void checkNoStrayFiles(Path folder, FactSchema schema) {
    Set<String> known = schema.kinds().stream().map(FactKind::fileName).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        String lower = FactSets.lowerCase(fileName);
        boolean data = lower.endsWith(".csv") || lower.endsWith(".json");
        boolean expected = known.contains(fileName) || fileName.equals(FactSets.INFO_FILE) || FactSets.OTHER_FILES.contains(fileName);
        if (lower.endsWith(".xlsx")) {
          // A workbook is a fact set of its own: read beside the CSV files, it would be lost unsaid.
          throw new FactFormatException(file, 0, 0, null, "a workbook in a folder of CSV fact files; a workbook is a"
              + " fact set of its own: move it out of the folder", null);
        }
        if (data && !expected && (known.contains(lower) || lower.equals(FactSets.INFO_FILE))) {
          // Refused rather than skipped, and the same on a file system that ignores case.
          throw new FactFormatException(file, 0, 0, null,
              "fact file names are lower-case: rename it to " + lower, null);
        }
        if (data && !expected) {
          throw new FactFormatException(file, 0, 0, null,
              "unknown fact file: the rules declare no kind @facts(\"" + fileName.replaceFirst("\\.(csv|json)$", "")
              + "\"); a fact-set folder holds " + schema.fileNames() + " and " + FactSets.INFO_FILE, null);
        }
      }
    } catch (IOException e) {
      throw TextFiles.ioError(folder, e);
    }
  }
}
