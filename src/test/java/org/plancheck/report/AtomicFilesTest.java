package org.plancheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void write_replacesTheFileWhole_andIsReadableByAll() throws IOException {
    Path file = dir.resolve("report.txt");
    AtomicFiles.write(file, "old");
    AtomicFiles.write(file, "new");
    assertThat(file).hasContent("new");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
  }

  @Test
  void failedWrite_leavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectories(dir.resolve("report.txt"));
    Files.writeString(target.resolve("keep"), "x");
    assertThatThrownBy(() -> AtomicFiles.write(target, "new")).isInstanceOf(IOException.class);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(target);
    }
    assertThat(target.resolve("keep")).hasContent("x");
  }

  @Test
  void deviceNodes_areNotRegularFiles() throws IOException {
    // Checked without writing: a broken check run as root would replace /dev/null.
    assertThat(AtomicFiles.kind(Path.of("/dev/null"))).isEqualTo("a FIFO, socket or device");
    assertThat(AtomicFiles.kind(dir)).isEqualTo("a folder");
    assertThat(AtomicFiles.kind(dir.resolve("absent"))).isNull();
  }
}
