package org.plancheck.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of its own scheme, {@value #SCHEME}, serving a local folder as its top
 * ({@code plantest:/reg} is {@code ROOT/reg}, the root set by {@code fs.plantest.root}): a store
 * reached only through Hadoop, since no java.nio path names {@code plantest:/reg}, so a reader
 * that fell back to java.nio would find nothing. Configured in Spark as {@code
 * spark.hadoop.fs.plantest.impl}.
 */
public final class RootedFileSystem extends RawLocalFileSystem {
  /** The scheme this file system serves. */
  public static final String SCHEME = "plantest";
  /** The setting that names the local folder served as the top. */
  public static final String ROOT = "fs." + SCHEME + ".root";

  private File root;

  /** Created by Hadoop's FileSystem, for the scheme's class setting. */
  public RootedFileSystem() {}

  @Override
  public void initialize(URI uri, Configuration conf) throws IOException {
    root = new File(conf.get(ROOT));
    super.initialize(uri, conf);
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public File pathToFile(Path path) {
    Path absolute = path.isAbsolute() ? path : new Path(getWorkingDirectory(), path);
    return new File(root, absolute.toUri().getPath());
  }

  @Override
  public Path getWorkingDirectory() {
    return new Path(SCHEME + ":/");
  }

  @Override
  public FileStatus getFileStatus(Path path) throws IOException {
    // The local status names the local file; readers open what a status names, so it names the URL.
    FileStatus status = super.getFileStatus(path);
    status.setPath(makeQualified(path));
    return status;
  }
}
