package org.plancheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes files so that readers see the old content or the new, never half of the new. */
final class AtomicFiles {
  /** Temporary files being written now; a SIGTERM or Ctrl-C must not leave them behind. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "plancheck-cleanup"));
  }

  private AtomicFiles() {}

  private static void deletePending() {
    for (Path temp : PENDING) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Shutting down: nothing can report this, and the file is only a stray temporary.
      }
    }
  }

  /** Temporary files are private; a report is for everyone who may read the folder. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then renames it. */
  static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    PENDING.add(temp);
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      readableByAll(temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      PENDING.remove(temp);
    }
  }
}
