package org.plancheck.batch;

import java.nio.file.Path;
import org.plancheck.sources.Urls;

/**
 * Where a batch reads one fact set: a path of this machine's file system, or a URL that an
 * engine reads through a library of its own ({@code batch --engine spark} reads registers at
 * Hadoop URLs: {@code hdfs://}, {@code s3a://}, {@code file:}). Exactly one of the two is given;
 * {@link #toString()} is the source as written, which reports and messages show.
 *
 * @param path the path, or null for a URL
 * @param url the URL as written, or null for a path
 */
public record BatchSource(Path path, String url) {
  /** Requires exactly one of a path and a URL, the URL written as one ({@link #isUrl(String)}). */
  public BatchSource {
    if ((path == null) == (url == null)) {
      throw new IllegalArgumentException("a source is a path or a URL, one of the two: " + path + ", " + url);
    }
    if (url != null && !isUrl(url)) {
      throw new IllegalArgumentException("not a URL (scheme:/...): " + url);
    }
  }

  /** Returns the source at {@code path}. */
  public static BatchSource of(Path path) {
    return new BatchSource(path, null);
  }

  /** Returns the source at {@code url}, a URL as written ({@code s3a://bucket/registers/region=Pudong}). */
  public static BatchSource ofUrl(String url) {
    return new BatchSource(null, url);
  }

  /**
   * Returns whether {@code text} is written as a URL, not a path: a scheme of two or more
   * letters, digits, {@code +}, {@code -} or {@code .}, then {@code :/} ({@code s3a://b/x},
   * {@code file:/tmp/r}). A Windows drive ({@code C:/}) is a path.
   */
  public static boolean isUrl(String text) {
    return Urls.isUrl(text);
  }

  /** Returns whether this source is a URL. */
  public boolean isUrl() {
    return url != null;
  }

  /** Returns the source as written: the path, or the URL. */
  @Override
  public String toString() {
    return path != null ? path.toString() : url;
  }
}
