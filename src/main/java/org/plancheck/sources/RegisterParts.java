package org.plancheck.sources;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactFormatException;

/**
 * Refuses a part of a register given where the register or one of its fact sets was meant: a
 * table folder ({@code ROOT/enterprises}) or a partition folder in one ({@code
 * ROOT/enterprises/region=Pudong}). Read as folders, their part files would be taken for fact
 * files of unknown kinds, or nothing would be found; the message says what to give instead.
 */
public final class RegisterParts {
  private RegisterParts() {}

  /**
   * Refuses {@code folder} when it is a table of a register, or a partition folder in one.
   *
   * @throws FactFormatException naming the register's root and a fact set's path to give instead
   */
  public static void checkNotInside(FileTree tree, String folder) {
    List<String> inner = new ArrayList<>();
    String table = folder;
    while (tree.name(table) != null && RegisterLayout.partitionFolder(tree.name(table))) {
      inner.add(0, tree.name(table));
      table = tree.parent(table);
      if (table == null) {
        return;
      }
    }
    String tableName = tree.name(table);
    String root = tree.parent(table);
    // Most folders hold no key=value folder: one listing tells, before the register is looked at.
    if (root == null || tableName == null || (inner.isEmpty() && firstPartition(tree, folder) == null)) {
      return;
    }
    FileTree.Entry entry = new FileTree.Entry(table, tableName, tree.kind(table));
    if (!RegisterLayout.isTable(tree, entry) || !RegisterLayout.isRoot(tree, root)) {
      return;
    }
    List<String> example = new ArrayList<>(inner);
    for (String at = folder, next; (next = firstPartition(tree, at)) != null; at = tree.child(at, next)) {
      example.add(next);
    }
    String factSet = tree.child(root, String.join("/", example));
    throw new FactFormatException(folder, 0, 0, null, (inner.isEmpty() ? "a table" : "a partition folder of the"
        + " table " + tableName) + " of the register " + root + ", not a fact set; give the register's root, " + root
        + ", to read all its fact sets, or a fact set's path, the root and then a value for every partition key"
        + " (no table name), such as " + factSet, null);
  }

  /** Returns the name of the first partition folder in {@code folder}, or null when it holds none. */
  private static String firstPartition(FileTree tree, String folder) {
    for (FileTree.Entry child : tree.list(folder)) {
      if (child.kind() == FileTree.Kind.FOLDER && RegisterLayout.partitionFolder(child.name())) {
        return child.name();
      }
    }
    return null;
  }
}
