package org.plancheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
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
   * Returns whether {@code folder} is a register root: one of its subfolders holds partition
   * folders.
   *
   * @throws FactFormatException when it holds partitioned tables and also fact files or folders
   *     that are not partitioned tables, which could be read two ways
   */
  public static boolean isRoot(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    List<Path> children = list(folder);
    List<Path> tables = children.stream().filter(RegisterLayout::isTable).toList();
    if (tables.isEmpty()) {
      return false;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (!dataFile(name) || tables.contains(child)) {
        continue;
      }
      throw new FactFormatException(child, 0, 0, null, "a register folder (" + tables.get(0).getFileName()
          + " is a partitioned table) also holds " + (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
          ? "a folder that is not one" : "a file") + "; a register holds only one table folder per fact kind,"
          + " each split into key=value folders: move it out", null);
    }
    return true;
  }

  /**
   * Returns the fact sets of the register at {@code root}: every combination of partition values
   * that some kind's table holds, in path order.
   *
   * @throws FactFormatException when the tables are not partitioned by the same keys in the same order
   */
  public static List<RegisterPartition> factSets(Path root) {
    TreeSet<RegisterPartition> all = new TreeSet<>(java.util.Comparator.comparing(RegisterPartition::name));
    List<String> keys = null;
    Path keysFrom = null;
    for (Path table : list(root)) {
      if (!isTable(table)) {
        continue;
      }
      List<RegisterPartition> found = new ArrayList<>();
      collect(root, table, table, new ArrayList<>(), found);
      for (RegisterPartition p : found) {
        if (keys == null) {
          keys = p.keys();
          keysFrom = p.folder(table.getFileName().toString());
        } else if (!keys.equals(p.keys())) {
          throw new FactFormatException(p.folder(table.getFileName().toString()), 0, 0, null, "partitioned by "
              + p.keys() + " where " + keysFrom + " is partitioned by " + keys + "; every table of a register is"
              + " partitioned by the same keys, in the same order", null);
        }
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns the register fact set {@code path} names: a path that is no file or folder, made of a
   * register root and partition folders. Empty for any other path.
   */
  public static Optional<RegisterPartition> partition(Path path) {
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> folders = new ArrayList<>();
    Path root = path;
    while (root != null && root.getFileName() != null && partitionFolder(root.getFileName().toString())
        && !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      folders.add(0, root.getFileName().toString());
      root = root.getParent();
    }
    if (folders.isEmpty() || root == null || !isRoot(root)) {
      return Optional.empty();
    }
    return Optional.of(new RegisterPartition(root, folders));
  }

  /**
   * Undoes the escaping of a partition value in a folder name: {@code %2F} is {@code /}, as Hive
   * escapes; a run of escapes that is UTF-8 ({@code %E6%B5%A6} is 浦, as writers that
   * percent-encode every byte write it) is that text, any other escape one character.
   */
  public static String unescape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        run.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        flush(run, s);
        s.append(c);
      }
    }
    flush(run, s);
    return s.toString();
  }

  /** Appends the escaped bytes of {@code run} as UTF-8 when they are, else one character each. */
  private static void flush(java.io.ByteArrayOutputStream run, StringBuilder s) {
    byte[] bytes = run.toByteArray();
    run.reset();
    try {
      s.append(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)));
    } catch (java.nio.charset.CharacterCodingException e) {
      for (byte b : bytes) {
        s.append((char) (b & 0xff));
      }
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /**
   * Whether {@code folder} is a table: a folder holding partition folders, not one itself, and
   * none of them a fact-set folder ({@code factset.json}): folders of fact sets named Hive-style
   * ({@code sets/region=Pudong/asOf=2025-12-31/enterprises.csv}) are fact sets, as they always were.
   */
  private static boolean isTable(Path folder) {
    String name = folder.getFileName().toString();
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && dataFile(name) && !partitionFolder(name)
        && list(folder).stream().anyMatch(c -> Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)
            && partitionFolder(c.getFileName().toString()))
        && !holdsFactSetInfo(folder);
  }

  private static boolean holdsFactSetInfo(Path folder) {
    for (Path child : list(folder)) {
      String name = child.getFileName().toString();
      if (name.equals("factset.json")
          || (partitionFolder(name) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && holdsFactSetInfo(child))) {
        return true;
      }
    }
    return false;
  }

  /** Finds the leaf partition folders under {@code folder}: those holding files. */
  private static void collect(Path root, Path table, Path folder, List<String> folders, List<RegisterPartition> found) {
    boolean files = false;
    for (Path child : list(folder)) {
      String name = child.getFileName().toString();
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && partitionFolder(name)) {
        List<String> deeper = new ArrayList<>(folders);
        deeper.add(name);
        collect(root, table, child, deeper, found);
      } else if (dataFile(name) && folder != table) {
        files = true;
      }
    }
    if (files) {
      found.add(new RegisterPartition(root, folders));
    }
  }

  /** Returns the entries of {@code folder} in name order. */
  static List<Path> list(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.sorted().toList();
    } catch (IOException e) {
      throw TextFiles.ioError(folder, e);
    }
  }
}
