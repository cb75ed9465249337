package org.plancheck.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * One fact set of a register: its root and its partition folders' names, such as {@code
 * region=Pudong} and {@code asOf=2025-12-31}.
 *
 * @param root the register's root folder
 * @param folders the partition folders' names, {@code key=value}, outermost first
 */
public record RegisterPartition(Path root, List<String> folders) {
  /** Requires a root and at least one partition folder, each {@code key=value}. */
  public RegisterPartition {
    java.util.Objects.requireNonNull(root, "root");
    folders = List.copyOf(folders);
    if (folders.isEmpty() || !folders.stream().allMatch(RegisterLayout::partitionFolder)) {
      throw new IllegalArgumentException("a partition is one or more key=value folders: " + folders);
    }
  }

  /** Returns the partition keys, outermost first. */
  public List<String> keys() {
    return folders.stream().map(f -> f.substring(0, f.indexOf('='))).toList();
  }

  /**
   * Returns each key's value, as Hive writes it in a folder name with its {@code %XX} escapes
   * undone; null for Hive's and Spark's null partition ({@value RegisterLayout#NULL_PARTITION}).
   */
  public List<String> values() {
    return folders.stream().map(f -> f.substring(f.indexOf('=') + 1))
        .map(v -> v.equals(RegisterLayout.NULL_PARTITION) ? null : RegisterLayout.unescape(v)).toList();
  }

  /** Returns the fact set's name: its partition folders, such as {@code region=Pudong/asOf=2025-12-31}. */
  public String name() {
    return String.join("/", folders);
  }

  /** Returns the fact set's path: the root, then the partition folders. */
  public Path path() {
    return root.resolve(name());
  }

  /** Returns the folder of this partition in the table of the kind called {@code kind}. */
  public Path folder(String kind) {
    return root.resolve(kind).resolve(name());
  }

  /**
   * Returns the value of partition key {@code key}, its case ignored (Hive lower-cases the
   * names of partition folders: {@code asof=2025-12-31}), or null when the partitions have no
   * such key or its value is null.
   */
  public String value(String key) {
    List<String> keys = keys();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equalsIgnoreCase(key)) {
        return values().get(i);
      }
    }
    return null;
  }
}
