package org.plancheck.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.plancheck.FactFormatException;

/**
 * The layout of a partitioned register: a root folder holding one table folder per fact kind,
 * named as the kind ({@code @facts("enterprises")} gives {@code enterprises}), each split into
 * Hive-style {@code key=value} folders holding the data files ({@code
 * ROOT/enterprises/region=Pudong/asOf=2025-12-31/part-00000.parquet}). One combination of
 * partition values is one fact set; its path is the root followed by the partition folders
 * ({@code ROOT/region=Pudong/asOf=2025-12-31}), a path that names no folder on disk.
 *
 * <p>A root is recognised by its shape, not declared: a folder one of whose subfolders holds
 * {@code key=value} folders. This way {@code batch} takes a register as it takes a folder of
 * fact sets, with nothing to add to the command. A folder that could be read two ways is refused
 * rather than guessed: one holding fact files beside partitioned tables, or partitioned tables
 * beside folders that are not. Files named {@code _*} or {@code .*} (Spark's {@code _SUCCESS}
 * and checksums) are not data. Safe to call from any thread.
 */
public final class RegisterLayout {
  /** The value Hive and Spark write in a partition folder's name for a null value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private RegisterLayout() {}

  /** Returns whether {@code name} is a partition folder's name, {@code key=value}. */
  public static boolean partitionFolder(String name) {
    int eq = name.indexOf('=');
    return eq > 0 && !name.startsWith("_") && !name.startsWith(".");
  }

  /** Returns whether {@code name} names a data file rather than a writer's marker or checksum. */
  public static boolean dataFile(String name) {
    return !name.startsWith("_") && !name.startsWith(".");
  }

  /**
   * Returns whether the local {@code folder} is a register root; see {@link #isRoot(FileTree, String)}.
   *
   * @throws FactFormatException when it could be read two ways
   */
  public static boolean isRoot(Path folder) {
    return isRoot(FileTree.local(), folder.toString());
  }

  /**
   * Returns whether {@code folder} is a register root: one of its subfolders holds partition
   * folders.
   *
   * @throws FactFormatException when it holds partitioned tables and also fact files or folders
   *     that are not partitioned tables, which could be read two ways
   */
  public static boolean isRoot(FileTree tree, String folder) {
    if (tree.kind(folder) != FileTree.Kind.FOLDER) {
      return false;
    }
    List<FileTree.Entry> children = tree.list(folder);
    List<FileTree.Entry> tables = children.stream().filter(c -> isTable(tree, c)).toList();
    if (tables.isEmpty()) {
      return false;
    }
    for (FileTree.Entry child : children) {
      if (!dataFile(child.name()) || tables.contains(child)) {
        continue;
      }
      throw new FactFormatException(child.location(), 0, 0, null, "a register folder (" + tables.get(0).name()
          + " is a partitioned table) also holds " + (child.kind() == FileTree.Kind.FOLDER
          ? "a folder that is not one" : "a file") + "; a register holds only one table folder per fact kind,"
          + " each split into key=value folders: move it out", null);
    }
    return true;
  }

  /**
   * Returns the fact sets of the local register at {@code root}; see {@link #factSets(FileTree, String)}.
   *
   * @throws FactFormatException when the tables are not partitioned alike
   */
  public static List<RegisterPartition> factSets(Path root) {
    return factSets(FileTree.local(), root.toString());
  }

  /**
   * Returns the fact sets of the register at {@code root}: every combination of partition values
   * that some kind's table holds, in path order.
   *
   * @throws FactFormatException when the tables are not partitioned by the same keys in the same order
   */
  public static List<RegisterPartition> factSets(FileTree tree, String root) {
    TreeSet<RegisterPartition> all = new TreeSet<>(java.util.Comparator.comparing(RegisterPartition::name));
    List<String> keys = null;
    String keysFrom = null;
    for (FileTree.Entry table : tree.list(root)) {
      if (!isTable(tree, table)) {
        continue;
      }
      List<RegisterPartition> found = new ArrayList<>();
      collect(tree, root, table.location(), table.location(), new ArrayList<>(), found);
      for (RegisterPartition p : found) {
        if (keys == null) {
          keys = p.keys();
          keysFrom = p.folder(table.name());
        } else if (!keys.equals(p.keys())) {
          throw new FactFormatException(p.folder(table.name()), 0, 0, null, "partitioned by "
              + p.keys() + " where " + keysFrom + " is partitioned by " + keys + "; every table of a register is"
              + " partitioned by the same keys, in the same order", null);
        }
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns the local register fact set {@code path} names; see {@link #partition(FileTree, String)}.
   */
  public static Optional<RegisterPartition> partition(Path path) {
    return partition(FileTree.local(), path.toString());
  }

  /**
   * Returns the register fact set {@code location} names: a location that is no file or folder,
   * made of a register root and partition folders. Empty for any other location.
   */
  public static Optional<RegisterPartition> partition(FileTree tree, String location) {
    return named(tree, location).filter(p -> isRoot(tree, p.root()));
  }

  /**
   * Returns the register fact set {@code location} names, its root taken as a register's
   * without looking: for a location found by {@link #factSets}, read where listing the whole
   * register again would cost more than reading the fact set (an executor, a remote store).
   * Empty when the location exists or ends in no partition folder.
   */
  public static Optional<RegisterPartition> named(FileTree tree, String location) {
    List<String> folders = new ArrayList<>();
    String root = location;
    while (root != null && tree.name(root) != null && partitionFolder(tree.name(root))
        && tree.kind(root) == FileTree.Kind.ABSENT) {
      folders.add(0, tree.name(root));
      root = tree.parent(root);
    }
    return folders.isEmpty() || root == null ? Optional.empty() : Optional.of(new RegisterPartition(tree, root, folders));
  }

  /**
   * Whether {@code folder} is a table: a folder holding partition folders, not one itself, and
   * none of them a fact-set folder ({@code factset.json}): folders of fact sets named Hive-style
   * ({@code sets/region=Pudong/asOf=2025-12-31/enterprises.csv}) are fact sets, as they always were.
   */
  static boolean isTable(FileTree tree, FileTree.Entry folder) {
    if (folder.kind() != FileTree.Kind.FOLDER || !dataFile(folder.name()) || partitionFolder(folder.name())) {
      return false;
    }
    List<FileTree.Entry> children = tree.list(folder.location());
    return children.stream().anyMatch(RegisterLayout::isPartitionFolder) && !holdsFactSetInfo(tree, children);
  }

  private static boolean isPartitionFolder(FileTree.Entry entry) {
    return entry.kind() == FileTree.Kind.FOLDER && partitionFolder(entry.name());
  }

  private static boolean holdsFactSetInfo(FileTree tree, List<FileTree.Entry> children) {
    for (FileTree.Entry child : children) {
      if (child.name().equals("factset.json")
          || (isPartitionFolder(child) && holdsFactSetInfo(tree, tree.list(child.location())))) {
        return true;
      }
    }
    return false;
  }

  /** Finds the leaf partition folders under {@code folder}: those holding files. */
  private static void collect(FileTree tree, String root, String table, String folder, List<String> folders,
      List<RegisterPartition> found) {
    boolean files = false;
    for (FileTree.Entry child : tree.list(folder)) {
      if (isPartitionFolder(child)) {
        List<String> deeper = new ArrayList<>(folders);
        deeper.add(child.name());
        collect(tree, root, table, child.location(), deeper, found);
      } else if (dataFile(child.name()) && !folder.equals(table)) {
        files = true;
      }
    }
    if (files) {
      found.add(new RegisterPartition(tree, root, folders));
    }
  }
}
