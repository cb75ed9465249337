package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactFormatException;

class MemoryCheckTest {
  @TempDir Path dir;

  @Test
  void factFilesThatCannotFit_areRefusedBeforeReading_namingHowToGiveJavaMore() throws IOException {
    Path file = Files.write(dir.resolve("enterprises.csv"), new byte[3 << 20]);
    FactFormatException e = catchThrowableOfType(FactFormatException.class,
        () -> MemoryCheck.check(dir, List.of(file, dir.resolve("absent.csv")), 20L << 20));
    assertThat(e.problem()).isEqualTo("the fact files hold 3 MB, which need about 30 MB of memory once read, more"
        + " than the 20 MB this Java may use; give Java more (-Xmx, or PLANCHECK_JAVA_OPTS=-Xmx1g for the"
        + " command line) or split the fact set");
  }

  @Test
  void factFilesThatFit_pass() throws IOException {
    Path file = Files.write(dir.resolve("enterprises.csv"), new byte[1 << 20]);
    assertThatCode(() -> MemoryCheck.check(dir, List.of(file), 20L << 20)).doesNotThrowAnyException();
  }
}
