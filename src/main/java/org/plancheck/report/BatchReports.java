package org.plancheck.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.batch.BatchResult;

/**
 * Writes the batch reports to a folder, each atomically, and last a manifest naming the run and
 * every report it wrote with its SHA-256.
 *
 * <p>The manifest is how a folder says which reports belong together: a run first removes the
 * old manifest, so a run stopped half-way (kill -9, a full disk) leaves a folder without one,
 * and a report whose hash is not in the manifest comes from another run. Two batches cannot
 * interleave their reports: a run holds a lock on {@value #LOCK_FILE} in the folder from start
 * to end, and a second run refuses to start.
 */
public final class BatchReports {
  /** The manifest, written after every report. */
  public static final String MANIFEST = "manifest.json";
  /** The lock file a running batch holds; it stays in the folder, empty, between runs. */
  public static final String LOCK_FILE = ".plancheck-batch.lock";

  /** The lock of one batch on its report folder; closing it lets the next batch in. */
  public static final class Lock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private Lock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  private BatchReports() {}

  /**
   * Creates {@code folder} and locks it for this batch.
   *
   * @throws IOException with a sentence when another batch holds the folder, or it cannot be made
   */
  public static Lock lock(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(LOCK_FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(
          "another plancheck batch is writing its reports there; wait for it to end, or choose another --out");
    }
    return new Lock(channel, lock);
  }

  /**
   * Writes the reports of {@code formats} (those for people in {@code lang}), each atomically,
   * then the manifest naming {@code run}.
   *
   * @throws IOException naming the file that could not be written
   */
  public static void write(BatchResult result, List<BatchFormat> formats, Path folder, String run, Lang lang)
      throws IOException {
    Files.createDirectories(folder);
    try {
      AtomicFiles.delete(folder.resolve(MANIFEST));
    } catch (IOException e) {
      throw named(MANIFEST, e);
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (BatchFormat format : formats) {
      byte[] bytes;
      try {
        bytes = format.render(result, lang);
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        // A report that cannot hold this batch (a figure too large for Parquet's decimals) fails
        // as a write does, naming its file; the reports before it are written.
        throw named(format.file(), new IOException(e.getMessage(), e));
      }
      try {
        AtomicFiles.write(folder.resolve(format.file()), bytes);
      } catch (IOException e) {
        throw named(format.file(), e);
      }
      files.put(format.file(), sha256(bytes));
    }
    try {
      AtomicFiles.write(folder.resolve(MANIFEST), manifest(run, result, files));
    } catch (IOException e) {
      throw named(MANIFEST, e);
    }
  }

  private static IOException named(String file, IOException e) {
    return new IOException(file + ": " + e.getMessage(), e);
  }

  /** Returns a new run id: the time the run started and the process, "2026-06-30T08:15:00Z-4711". */
  public static String newRun() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS) + "-" + ProcessHandle.current().pid();
  }

  private static String manifest(String run, BatchResult result, Map<String, String> files) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("run", run);
    doc.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    doc.put("factSets", result.entries().size());
    doc.put("files", files);
    return ReportJson.document(doc);
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
