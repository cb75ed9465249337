package org.plancheck.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one atomic-write helper: files are written so that readers see the old content or the
 * new, never half of the new, and only regular files are ever replaced.
 *
 * <p>Temporary files are named {@code .NAME.plancheck-PID-RANDOM.tmp} beside the target. A
 * SIGTERM or Ctrl-C removes this process's own; a later write into the same folder removes
 * those whose process no longer runs (left by kill -9 or a power cut).
 */
public final class AtomicFiles {
  private static final Pattern TEMP = Pattern.compile("\\..+\\.plancheck-(\\d+)-\\d+\\.tmp");
  private static final long PID = ProcessHandle.current().pid();

  /** Guards {@link #pending} and {@link #closing} between writers and the shutdown hook. */
  private static final Object LOCK = new Object();
  /** Temporary files being written now; the shutdown hook deletes them. */
  private static final Set<Path> pending = new HashSet<>();
  /** Set once the JVM shuts down: from then on no temporary file may be created. */
  private static boolean closing;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "plancheck-cleanup"));
  }

  private AtomicFiles() {}

  /**
   * Runs at shutdown. Under the lock no writer is between creating a temporary file and
   * registering it, and after it none can create one; a writer still writing holds an open
   * channel to a file that is now unlinked, and never re-creates it by name.
   */
  private static void deletePending() {
    List<Path> temps;
    synchronized (LOCK) {
      closing = true;
      temps = new ArrayList<>(pending);
    }
    for (Path temp : temps) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Shutting down: nothing can report this; a later run removes the stray file.
      }
    }
  }

  /**
   * Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then renames it
   * over the target.
   *
   * @throws IOException when the target exists and is not a regular file (a symbolic link, a
   *     FIFO, a device, a folder), when the text cannot be encoded, or when writing fails; the
   *     old target is then untouched and no temporary file is left
   */
  public static void write(Path target, String text) throws IOException {
    write(target, encode(text));
  }

  /** Writes {@code bytes} to {@code target} as {@link #write(Path, String)} writes text. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, ByteBuffer.wrap(bytes));
  }

  private static void write(Path target, ByteBuffer bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    refuseUnlessRegular(absolute);
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    removeStale(folder);
    Path temp;
    synchronized (LOCK) {
      if (closing) {
        throw new IOException("plancheck is shutting down");
      }
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".plancheck-" + PID + "-", ".tmp");
      pending.add(temp);
    }
    try {
      readableByAll(temp);
      // No CREATE: if the shutdown hook deleted the file, this fails rather than re-creating it.
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(false);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      synchronized (LOCK) {
        pending.remove(temp);
      }
    }
  }

  /** Deletes {@code target} when it is a regular file; refuses anything else, as write does. */
  static void delete(Path target) throws IOException {
    refuseUnlessRegular(target.toAbsolutePath());
    Files.deleteIfExists(target);
  }

  /**
   * Refuses a target that exists and is not a regular file: renaming over a symbolic link, a
   * FIFO or a device node would replace it with a regular file (and /dev/null with a report).
   */
  private static void refuseUnlessRegular(Path target) throws IOException {
    String kind = kind(target);
    if (kind != null) {
      throw new IOException("it is " + kind + ", not a regular file; plancheck replaces only regular files");
    }
  }

  /**
   * Returns what {@code path} is when it exists and is not a regular file ("a symbolic link",
   * "a folder", "a FIFO, socket or device"), or null when it is a regular file or absent.
   */
  static String kind(Path path) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    if (a.isRegularFile()) {
      return null;
    }
    return a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a folder" : "a FIFO, socket or device";
  }

  /**
   * Deletes temporary files of this naming pattern in {@code folder} whose process has ended:
   * a run killed with SIGKILL could not remove its own. Files of a running process are kept.
   */
  static void removeStale(Path folder) {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.plancheck-*.tmp")) {
      for (Path temp : temps) {
        Matcher m = TEMP.matcher(temp.getFileName().toString());
        if (m.matches() && !running(m.group(1)) && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      // Only tidying: a stray temporary file that cannot be removed harms no report.
    }
  }

  private static boolean running(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id == PID ? true : ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Encodes before anything is created, so text that is not Unicode (a lone surrogate) fails cleanly. */
  private static ByteBuffer encode(String text) throws IOException {
    try {
      return StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new IOException("the text holds a character that is not Unicode (a lone surrogate)", e);
    }
  }

  /** Temporary files are private; a report is for everyone who may read the folder. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
