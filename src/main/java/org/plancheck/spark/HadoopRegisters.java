package org.plancheck.spark;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;
import org.plancheck.FactFormatException;
import org.plancheck.batch.BatchSource;
import org.plancheck.sources.FactSetSearch;
import scala.Option;

/**
 * The driver's side of registers at URLs: the fact sets at or under a URL, found through
 * Hadoop's FileSystem by the search and layout rules a local path gets ({@link FactSetSearch}),
 * so the same layouts are found and refused in the same words. Only registers are read from a
 * URL: fact-set folders and files are read by readers of local files (two threads over a CSV
 * file, JSON and workbooks read through java.nio with their links refused, a fact set read again
 * by path to list it), which would each need a stream form; a register's part files are read
 * row by row from one stream each, so they read alike from any store.
 */
final class HadoopRegisters {
  private HadoopRegisters() {}

  /**
   * Returns the fact sets of the registers at or under {@code url}.
   *
   * @throws FactFormatException naming the URL when Hadoop has no file system for its scheme,
   *     nothing is there, or a fact set there is not a register's
   */
  static List<BatchSource> discover(String url) {
    HadoopTree tree = new HadoopTree(configuration());
    // The scheme first: a missing library is said as such, not as a missing path.
    tree.fileSystem(url);
    List<FactSetSearch.Found> found = FactSetSearch.search(tree, url, "no such file or folder");
    for (FactSetSearch.Found f : found) {
      if (f.partition() == null) {
        throw new FactFormatException(f.location(), 0, 0, null, "a fact set that is not a register's; from a URL"
            + " only registers of tables are read (ROOT/KIND/key=value/.../part-*.parquet or .csv); fact-set"
            + " folders and files are read from paths: copy them, or mount the store, and give that path", null);
      }
    }
    return found.stream().map(f -> BatchSource.ofUrl(f.location())).toList();
  }

  /**
   * The Hadoop configuration the batch's session has or will have: the running session's, else
   * the one Spark makes from its settings ({@code spark.hadoop.*}, as spark-submit's {@code
   * --conf} passes them), made as SparkContext makes it.
   */
  static Configuration configuration() {
    Option<SparkSession> running = SparkSession.getDefaultSession();
    return running.isDefined() ? running.get().sparkContext().hadoopConfiguration()
        : SparkHadoopUtil.get().newConfiguration(new SparkConf());
  }
}
