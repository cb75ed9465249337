package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plancheck.testing.Shanghai;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactSets;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;

class LimitsTest {
  @TempDir Path dir;

  private static final Limits SMALL = new Limits(1_000, 2, 20, 4, 1_000);

  private String problem(Path path) {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(path, Shanghai.SCHEMA, SMALL)).getMessage();
  }

  @Test
  void eachLimit_isAClearErrorNamingTheSettingThatRaisesIt() throws IOException {
    Files.writeString(dir.resolve("scenarios.csv"), "id,industry\nS1,metaverse\nS2,metaverse\nS3,metaverse\n");
    assertThat(problem(dir)).isEqualTo(dir.resolve("scenarios.csv") + ":4: more than 2 rows; raise the limit with Limits.maxRows");
    Files.writeString(dir.resolve("scenarios.csv"), "id,industry\nS1,metaverse\n" + "x".repeat(2_000) + ",metaverse\n");
    assertThat(problem(dir)).endsWith("the file is 2036 bytes, more than the limit of 1000; raise it with Limits.maxFileBytes");
    Files.writeString(dir.resolve("scenarios.csv"), "id,industry\n" + "S".repeat(21) + ",metaverse\n");
    assertThat(problem(dir)).endsWith(":2: a value longer than the limit of 20 characters; raise it with Limits.maxFieldLength");
  }

  @Test
  void jsonDepthAndRows_areLimitedToo() throws IOException {
    // Valid fact files nest four deep at most; a limit of 2 shows the parser's own guard.
    Path deep = Files.writeString(dir.resolve("deep.json"), "{\"products\": [{\"id\": \"1\", \"industry\": \"metaverse\"}]}");
    assertThat(catchThrowableOfType(FactFormatException.class, () -> FactSets.read(deep, Shanghai.SCHEMA, new Limits(1_000, 2, 20, 2, 1)))
        .getMessage()).contains("nesting depth").contains("exceeds the maximum allowed (2");
    Path many = Files.writeString(dir.resolve("many.json"),
        "{\"products\": [{\"id\": \"1\", \"industry\": \"metaverse\"}, {\"id\": \"2\", \"industry\": \"metaverse\"},"
            + " {\"id\": \"3\", \"industry\": \"metaverse\"}]}");
    assertThat(problem(many)).endsWith("products[2]: more than 2 products; raise the limit with Limits.maxRows");
  }

  @Test
  void limitsBelowOne_areRefused() {
    assertThatThrownBy(() -> new Limits(0, 1, 1, 1, 1)).hasMessageStartingWith("every limit must be at least 1");
  }
}
