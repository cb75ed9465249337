package org.plancheck.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.sources.FileTree;
import org.plancheck.sources.TextFiles;

/**
 * A store Hadoop's FileSystem reads ({@code hdfs://}, {@code s3a://} with hadoop-aws, {@code
 * file:}, or any scheme a {@code fs.SCHEME.impl} names) as a {@link FileTree}, so that a register
 * at a URL is laid out and read by the same code as a local one. Locations are URLs as the user
 * wrote them, with names appended after a slash. A folder is listed once per tree: a batch reads
 * a store that does not change while it runs, and on an object store a listing is a request.
 */
final class HadoopTree implements FileTree {
  private final Configuration conf;
  private final Map<String, List<Entry>> listings = new ConcurrentHashMap<>();

  /** A tree reading with {@code conf}: the Spark session's Hadoop configuration. */
  HadoopTree(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public Kind kind(String location) {
    String parent = parent(location);
    List<Entry> siblings = parent == null ? null : listings.get(parent);
    if (siblings != null) {
      String name = name(location);
      return siblings.stream().filter(e -> e.name().equals(name)).map(Entry::kind).findFirst().orElse(Kind.ABSENT);
    }
    try {
      return kind(fileSystem(location).getFileStatus(new Path(location)));
    } catch (FileNotFoundException e) {
      return Kind.ABSENT;
    } catch (IOException e) {
      throw TextFiles.ioError(location, e);
    }
  }

  private static Kind kind(FileStatus status) {
    return status.isDirectory() ? Kind.FOLDER : status.isFile() ? Kind.FILE : Kind.OTHER;
  }

  @Override
  public List<Entry> list(String folder) {
    return listings.computeIfAbsent(folder, f -> {
      try {
        return Arrays.stream(fileSystem(f).listStatus(new Path(f))).sorted(Comparator.comparing(s -> s.getPath().getName()))
            .map(s -> new Entry(child(f, s.getPath().getName()), s.getPath().getName(), kind(s))).toList();
      } catch (IOException e) {
        throw TextFiles.ioError(f, e);
      }
    });
  }

  @Override
  public String child(String folder, String name) {
    String s = trimmed(folder);
    // The top keeps its slash (s3a://bucket/, file:///).
    return s.endsWith("/") ? s + name : s + "/" + name;
  }

  @Override
  public String parent(String location) {
    String s = trimmed(location);
    String top = top(s);
    if (s.length() <= top.length()) {
      return null;
    }
    String prefix = s.substring(0, s.lastIndexOf('/'));
    return prefix.length() < top.length() ? top : prefix;
  }

  @Override
  public String name(String location) {
    String s = trimmed(location);
    return s.length() <= top(s).length() ? null : s.substring(s.lastIndexOf('/') + 1);
  }

  @Override
  public InputStream open(String file, Limits limits) throws IOException {
    FileSystem fs = fileSystem(file);
    FileStatus status = fs.getFileStatus(new Path(file));
    if (!status.isFile()) {
      throw new FactFormatException(file, 0, 0, null, "not a regular file", null);
    }
    TextFiles.checkSize(file, status.getLen(), limits);
    return fs.open(new Path(file));
  }

  /** Returns the Parquet file at {@code file}, read through its file system. */
  InputFile inputFile(String file) throws IOException {
    return HadoopInputFile.fromPath(new Path(file), conf);
  }

  /**
   * Returns the file system of {@code location}'s scheme.
   *
   * @throws FactFormatException naming the location and the library to add when Hadoop has no
   *     file system for the scheme, or saying why it cannot be reached
   */
  FileSystem fileSystem(String location) {
    try {
      return new Path(location).getFileSystem(conf);
    } catch (UnsupportedFileSystemException e) {
      throw new FactFormatException(location, 0, 0, null, HadoopSchemes.noFileSystem(scheme(location), null), e);
    } catch (RuntimeException e) {
      // Hadoop's defaults name a class for some schemes (s3a: S3AFileSystem) whose jar may be absent.
      if (e.getCause() instanceof ClassNotFoundException missing) {
        throw new FactFormatException(location, 0, 0, null, HadoopSchemes.noFileSystem(scheme(location),
            missing.getMessage()), e);
      }
      if (!(e instanceof IllegalArgumentException)) {
        throw e;
      }
      throw new FactFormatException(location, 0, 0, null, "cannot reach the store: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FactFormatException(location, 0, 0, null, "cannot reach the store: " + e.getMessage(), e);
    }
  }

  private static String scheme(String location) {
    return location.substring(0, location.indexOf(':'));
  }

  /** Returns {@code location} without the slashes that end it, but for the top's. */
  private static String trimmed(String location) {
    String top = top(location);
    int end = location.length();
    while (end > top.length() && location.charAt(end - 1) == '/') {
      end--;
    }
    return location.substring(0, end);
  }

  /** Returns the top of {@code location}'s tree with its slash: {@code s3a://bucket/}, {@code file:/}, {@code file:///}. */
  private static String top(String location) {
    int colon = location.indexOf(':');
    if (location.startsWith("//", colon + 1)) {
      int slash = location.indexOf('/', colon + 3);
      return slash < 0 ? location + "/" : location.substring(0, slash + 1);
    }
    return location.substring(0, colon + 2);
  }
}
