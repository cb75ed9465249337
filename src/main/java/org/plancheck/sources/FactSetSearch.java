package org.plancheck.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plancheck.FactFormatException;

/**
 * Finds the fact sets at or under a location, in any {@link FileTree}: the location itself when
 * it is a fact-set folder (one holding a {@code .csv} file or a {@code factset.json}), a {@code
 * .json} fact file or an {@code .xlsx} workbook, otherwise those in its subfolders; a register's
 * root gives its fact sets, and a register fact set's path gives itself. Links are not followed.
 * The same search serves local paths and the URLs the Spark engine lists through Hadoop, so both
 * find the same fact sets and refuse the same layouts in the same words.
 */
public final class FactSetSearch {
  /** The optional file in a fact-set folder that names and dates the fact set. */
  public static final String INFO_FILE = "factset.json";

  /** Files a fact-set folder may hold that are not facts: test expectations, notes. */
  public static final Set<String> OTHER_FILES = Set.of("expected.json", "README.md");

  /**
   * One fact set found.
   *
   * @param location where it is: a folder, a file, or a register fact set's path
   * @param partition the register's partition it is, or null for a fact-set folder or file
   */
  public record Found(String location, RegisterPartition partition) {
    /** Requires a location. */
    public Found {
      java.util.Objects.requireNonNull(location, "location");
    }
  }

  private FactSetSearch() {}

  /**
   * Returns every fact set at or under {@code location}, in name order.
   *
   * @param absent the problem to report when nothing is at the location
   * @throws FactFormatException when nothing is there, it cannot be listed, it is a register
   *     that could be read two ways or a part of one, or it holds only writers' markers
   */
  public static List<Found> search(FileTree tree, String location, String absent) {
    Optional<RegisterPartition> partition = RegisterLayout.partition(tree, location);
    if (partition.isPresent()) {
      return List.of(new Found(location, partition.get()));
    }
    FileTree.Kind kind = tree.kind(location);
    if (kind == FileTree.Kind.ABSENT) {
      throw new FactFormatException(location, 0, 0, null, absent, null);
    }
    if (kind == FileTree.Kind.FOLDER) {
      RegisterParts.checkNotInside(tree, location);
    }
    List<Found> found = new ArrayList<>();
    String[] markersOnly = {null};
    String name = tree.name(location);
    collect(tree, new FileTree.Entry(location, name == null ? location : name, kind), found, markersOnly);
    if (found.isEmpty() && markersOnly[0] != null) {
      throw new FactFormatException(location, 0, 0, null, "no fact set found: " + markersOnly[0] + " holds only"
          + " files named _* or .* (a writer's markers such as _SUCCESS, checksums) and no data, as an empty"
          + " table written by Spark does; a register holds ROOT/KIND/key=value/.../part-*.parquet or .csv files,"
          + " a fact set is a folder of fact CSV files, a .json fact file or an .xlsx workbook", null);
    }
    return found;
  }

  private static void collect(FileTree tree, FileTree.Entry entry, List<Found> found, String[] markersOnly) {
    if (entry.kind() == FileTree.Kind.FILE) {
      // NAME.JSON too: reading it then says to rename it, where skipping it would lose it unsaid.
      String name = lowerCase(entry.name());
      if ((name.endsWith(".json") && !name.equals(INFO_FILE) && !OTHER_FILES.contains(name)) || name.endsWith(".xlsx")) {
        found.add(new Found(entry.location(), null));
      }
      return;
    }
    if (entry.kind() != FileTree.Kind.FOLDER) {
      return;
    }
    // Before the fact-set check: a register beside a stray CSV file is refused as ambiguous,
    // never read as a fact set that would leave its tables out unsaid.
    if (RegisterLayout.isRoot(tree, entry.location())) {
      List<RegisterPartition> sets = RegisterLayout.factSets(tree, entry.location());
      if (sets.isEmpty()) {
        throw new FactFormatException(entry.location(), 0, 0, null, "a register (its tables hold key=value"
            + " folders) but no partition folder holds a data file: only writers' markers or nothing", null);
      }
      sets.forEach(p -> found.add(new Found(p.path(), p)));
      return;
    }
    List<FileTree.Entry> children = tree.list(entry.location());
    // By lower-case name, not by what the entry is: a broken link or an ENTERPRISES.CSV is still
    // a fact set, one that reading then reports as an error rather than losing unsaid.
    boolean factSet = children.stream().anyMatch(c -> c.kind() != FileTree.Kind.FOLDER
        && (lowerCase(c.name()).endsWith(".csv") || lowerCase(c.name()).equals(INFO_FILE)));
    if (factSet) {
      found.add(new Found(entry.location(), null));
      return;
    }
    if (markersOnly[0] == null && !children.isEmpty()
        && children.stream().noneMatch(c -> RegisterLayout.dataFile(c.name()))) {
      markersOnly[0] = entry.location();
    }
    for (FileTree.Entry child : children) {
      collect(tree, child, found, markersOnly);
    }
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
