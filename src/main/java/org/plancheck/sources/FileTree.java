package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.plancheck.Limits;

/**
 * Folders and files as a register's layout sees them, wherever they are: this machine's file
 * system through java.nio ({@link #local()}), or a store another library lists, such as Hadoop's
 * FileSystem on the Spark engine ({@code hdfs://}, {@code s3a://}). A location is a text, the
 * path or URL as the user wrote it, with names appended: that is what messages show. Links are
 * not followed. Implementations are safe to call from any thread.
 */
public interface FileTree {
  /** What a location is. */
  enum Kind {
    /** A folder. */
    FOLDER,
    /** A regular file. */
    FILE,
    /** Something else that exists: a symbolic link, a FIFO, a device. */
    OTHER,
    /** Nothing, or nothing this tree can see. */
    ABSENT
  }

  /**
   * One entry of a folder.
   *
   * @param location the entry's location: the folder's, then its name
   * @param name the entry's name in the folder
   * @param kind what the entry is
   */
  record Entry(String location, String name, Kind kind) {
    /** Requires all three. */
    public Entry {
      java.util.Objects.requireNonNull(location, "location");
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(kind, "kind");
    }
  }

  /** Returns the local file system's tree: locations are java.nio paths. */
  static FileTree local() {
    return LocalTree.INSTANCE;
  }

  /** Returns what {@code location} is, not following a link. */
  Kind kind(String location);

  /**
   * Returns the entries of {@code folder}, in name order.
   *
   * @throws org.plancheck.FactFormatException naming the folder when it cannot be listed
   */
  List<Entry> list(String folder);

  /** Returns the location of the entry {@code name} in {@code folder}. */
  String child(String folder, String name);

  /** Returns the folder {@code location} is in, or null at the top of the tree. */
  String parent(String location);

  /** Returns the last name of {@code location}, or null at the top of the tree. */
  String name(String location);

  /**
   * Opens the regular file at {@code file} as bytes, refusing a link or anything but a regular
   * file, and a file larger than the limit, as {@link TextFiles#open} does.
   *
   * @throws IOException when it cannot be opened
   */
  InputStream open(String file, Limits limits) throws IOException;
}
