package org.plancheck.spark;

import java.util.Locale;
import java.util.Map;

/** What to add to read a URL whose scheme Hadoop has no file system for. */
final class HadoopSchemes {
  /** The libraries that provide the file systems of the usual object stores, by scheme. */
  private static final Map<String, String> LIBRARIES = Map.of(
      "s3a", "org.apache.hadoop:hadoop-aws:%s",
      "abfs", "org.apache.hadoop:hadoop-azure:%s",
      "abfss", "org.apache.hadoop:hadoop-azure:%s",
      "wasb", "org.apache.hadoop:hadoop-azure:%s",
      "wasbs", "org.apache.hadoop:hadoop-azure:%s",
      "gs", "com.google.cloud.bigdataoss:gcs-connector (hadoop3)");

  private HadoopSchemes() {}

  /**
   * Says that Hadoop has no file system for {@code scheme} here, and what to add.
   *
   * @param missing Hadoop's words for the class its settings name for the scheme and that is not
   *     on the class path, or null when they name none
   */
  static String noFileSystem(String scheme, String missing) {
    String version = org.apache.hadoop.util.VersionInfo.getVersion();
    String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    if (lower.equals("s3") || lower.equals("s3n")) {
      return "Hadoop has no file system for the scheme " + scheme + "://; Hadoop reads S3 as s3a:// (with "
          + "org.apache.hadoop:hadoop-aws on the class path): write s3a://";
    }
    String library = LIBRARIES.get(lower);
    String add = library == null ? "the library that provides a Hadoop FileSystem for it, or name its class"
        + " with --conf spark.hadoop.fs." + lower + ".impl=CLASS"
        : String.format(library, version) + " (of Spark's Hadoop, " + version + ") and what it depends on, such as"
        + " spark-submit --packages " + String.format(library.replace(" (hadoop3)", ""), version);
    return "Hadoop has no file system for the scheme " + scheme + ":// on the class path"
        + (missing == null ? "" : " (" + missing + ")") + "; add " + add;
  }
}
