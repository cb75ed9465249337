package org.plancheck.sources;

import java.util.List;

/**
 * One fact set of a register: its root and its partition folders' names, such as {@code
 * region=Pudong} and {@code asOf=2025-12-31}.
 *
 * @param tree where the register is: the local file system, or a store a library lists
 * @param root the register's root folder, as its location in the tree
 * @param folders the partition folders' names, {@code key=value}, outermost first
 */
public record RegisterPartition(FileTree tree, String root, List<String> folders) {
  /** Requires a tree, a root and at least one partition folder, each {@code key=value}. */
  public RegisterPartition {
    java.util.Objects.requireNonNull(tree, "tree");
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
        .map(v -> v.equals(RegisterLayout.NULL_PARTITION) ? null : unescape(v)).toList();
  }

  /** Returns the fact set's name: its partition folders, such as {@code region=Pudong/asOf=2025-12-31}. */
  public String name() {
    return String.join("/", folders);
  }

  /** Returns the fact set's location: the root, then the partition folders. */
  public String path() {
    return tree.child(root, name());
  }

  /** Returns the location of this partition's folder in the table of the kind called {@code kind}. */
  public String folder(String kind) {
    return tree.child(tree.child(root, kind), name());
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
}
