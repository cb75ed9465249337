package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.testing.Shanghai;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Fact;
import org.plancheck.FactSets;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;

/**
 * Fact files that are not what they seem: FIFOs, links, bad UTF-8 deep in a large file, values
 * past a limit, lone surrogates, upper-case names. Each ends in a located error.
 */
class HostileFactFilesTest {
  private static final String HEADER = "id,industry,revenue\n";

  @TempDir Path dir;

  private FactFormatException error(Path path) {
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(path, Shanghai.SCHEMA));
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(process.waitFor()).as("mkfifo exit code").isZero();
  }

  @Test
  void aFifoAsFactFile_isRefusedAtOnce_neverOpened() throws Exception {
    mkfifo(dir.resolve("enterprises.csv"));
    // Opening a FIFO for reading blocks until a writer comes: the timeout turns a hang into a failure.
    FactFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> error(dir));
    assertThat(e.getMessage()).isEqualTo(dir.resolve("enterprises.csv") + ": not a regular file");
  }

  @Test
  void aFifoAsFactsetJson_orAsASingleFileFactSet_isRefusedToo() throws Exception {
    Files.writeString(dir.resolve("enterprises.csv"), HEADER);
    mkfifo(dir.resolve("factset.json"));
    FactFormatException info = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> error(dir));
    assertThat(info.getMessage()).isEqualTo(dir.resolve("factset.json") + ": not a regular file");
    Path single = dir.resolve("register.json");
    mkfifo(single);
    FactFormatException json = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> error(single));
    assertThat(json.getMessage()).isEqualTo(single + ": not a regular file");
  }

  @Test
  void aSymbolicLinkAsFactFile_isNotFollowed_andItsTargetNeverEchoed() throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Path folder = Files.createDirectory(dir.resolve("facts"));
    Files.createSymbolicLink(folder.resolve("enterprises.csv"), secret);
    Files.createSymbolicLink(dir.resolve("register.json"), secret);
    for (Path factSet : List.of(folder, dir.resolve("register.json"))) {
      FactFormatException e = error(factSet);
      assertThat(e.problem()).isEqualTo(TextFiles.SYMBOLIC_LINK);
      assertThat(e.getMessage()).doesNotContain("root:x").doesNotContain("bin/bash");
    }
  }

  @Test
  void aSymbolicLinkAsFactsetJson_isNotFollowed() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    Path folder = Files.createDirectory(dir.resolve("facts"));
    Files.writeString(folder.resolve("enterprises.csv"), HEADER);
    Files.createSymbolicLink(folder.resolve("factset.json"), secret);
    FactFormatException e = error(folder);
    assertThat(e.getMessage()).isEqualTo(folder.resolve("factset.json") + ": " + TextFiles.SYMBOLIC_LINK);
  }

  @Test
  void invalidUtf8_isReportedAtItsLine_inALargeFile() throws IOException {
    Path file = dir.resolve("enterprises.csv");
    try (var out = Files.newOutputStream(file)) {
      out.write(HEADER.getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'E', '1', ',', (byte) 0xC3, ',', '1', '\n'});
      byte[] row = "E2,metaverse,5亿\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200_000; i++) {
        out.write(row);
      }
    }
    FactFormatException e = error(dir);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("the file is not valid UTF-8 text");
  }

  /** Bytes: a header, a bad byte on line 2, then endless good rows; reading far past it fails the test. */
  private static final class EndlessAfterBadByte extends InputStream {
    private final byte[] start = (HEADER + "E1,").getBytes(StandardCharsets.UTF_8);
    private final byte[] row = "E2,metaverse,5亿\n".getBytes(StandardCharsets.UTF_8);
    private final long bound;
    private long position;

    EndlessAfterBadByte(long bound) {
      this.bound = bound;
    }

    @Override
    public int read() {
      if (position >= bound) {
        throw new AssertionError("read " + position + " bytes: the reader went on past the bad byte");
      }
      long at = position++;
      if (at < start.length) {
        return start[(int) at] & 0xFF;
      }
      if (at == start.length) {
        return 0xFF;
      }
      return row[(int) ((at - start.length - 1) % row.length)] & 0xFF;
    }
  }

  @Test
  void invalidUtf8_isFoundWhileStreaming_readingOnlyABufferPastIt() throws IOException {
    EndlessAfterBadByte in = new EndlessAfterBadByte(1 << 20);
    Utf8LineReader.BadUtf8Exception bad = catchThrowableOfType(Utf8LineReader.BadUtf8Exception.class, () -> {
      try (Reader reader = TextFiles.utf8(in)) {
        char[] buffer = new char[4096];
        while (reader.read(buffer) >= 0) {
          // Read to the end; the bad byte must stop it first.
        }
      }
    });
    assertThat(bad).isNotNull();
    assertThat(bad.line()).isEqualTo(2);
    assertThat(in.position).isLessThan(1 << 17);
  }

  @Test
  void validUtf8_readsBackExactly_oneCharacterAtATime_andAcrossBuffers() throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (int i = 0; i < 30_000; i++) {
      text.append("E").append(i).append(",é,亿,\uD83D\uDE00\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder back = new StringBuilder();
    try (Reader reader = new Utf8LineReader(new java.io.ByteArrayInputStream(bytes))) {
      int c;
      while ((c = reader.read()) >= 0) {
        back.append((char) c);
      }
    }
    assertThat(back.toString()).isEqualTo(text.toString());
  }

  @Test
  void aSequenceCutOffAtTheEnd_isBadUtf8OnTheLastLine() throws IOException {
    Path file = dir.resolve("enterprises.csv");
    Files.write(file, (HEADER + "E1,metaverse,1\nE2,metaverse,").getBytes(StandardCharsets.UTF_8));
    Files.write(file, new byte[] {(byte) 0xE4, (byte) 0xBA}, java.nio.file.StandardOpenOption.APPEND);
    assertThat(error(dir).line()).isEqualTo(3);
  }

  @Test
  void aThirtyMillionCharacterCsvField_namesTheFieldLengthLimit_fileAndLine() throws IOException {
    Path file = dir.resolve("enterprises.csv");
    try (var out = Files.newBufferedWriter(file)) {
      out.write(HEADER + "E1,metaverse,1\nE2,");
      for (int i = 0; i < 30_000; i++) {
        out.write("x".repeat(1000));
      }
      out.write(",1\n");
    }
    assertThat(error(dir).getMessage()).isEqualTo(file
        + ":3: a value longer than the limit of 10000 characters; raise it with Limits.maxFieldLength");
  }

  @Test
  void overlongJsonStringsNumbersAndNames_nameTheFieldLengthLimit_withTheLine() {
    Limits limits = new Limits(1 << 20, 100, 20, 8, 100);
    String longText = "x".repeat(50_000);
    for (String doc : List.of("{\"enterprises\": [\n{\"id\": \"" + longText + "\"}]}",
        "{\"enterprises\": [\n{\"revenue\": " + "1".repeat(50_000) + "}]}",
        "{\"enterprises\": [\n{\"" + longText + "\": 1}]}")) {
      FactFormatException e = catchThrowableOfType(FactFormatException.class,
          () -> JsonFactReader.readFactSet("r.json", new StringReader(doc), Shanghai.SCHEMA, "r", limits));
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.problem()).isEqualTo("a value longer than the limit of 20 characters; raise it with Limits.maxFieldLength");
    }
    Limits shallow = new Limits(1 << 20, 100, 20, 2, 100);
    FactFormatException deep = catchThrowableOfType(FactFormatException.class, () -> JsonFactReader.readFactSet(
        "r.json", new StringReader("{\"enterprises\": [\n{\"id\": \"E1\"}]}"), Shanghai.SCHEMA, "r", shallow));
    assertThat(deep.line()).isEqualTo(2);
    assertThat(deep.problem()).startsWith("the JSON nests deeper than the limit; raise it with Limits.maxJsonDepth");
  }

  @Test
  void aLoneSurrogateEscape_isRefusedAtReadTime_withFileLineAndField() throws IOException {
    Path file = Files.writeString(dir.resolve("register.json"),
        "{\"name\": \"r\",\n \"enterprises\": [\n  {\"id\": \"E\\ud800\", \"industry\": \"metaverse\", \"revenue\": 1}]}");
    FactFormatException e = error(file);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("enterprises[0].id");
    assertThat(e.problem()).contains("lone surrogate");
    assertThat(TextFiles.loneSurrogate(e.getMessage())).isNegative();
  }

  @Test
  void aLoneSurrogate_inAFieldName_aListOrFromAReader_isRefusedToo() {
    // Jackson itself refuses a broken pair escaped in a field name; the rest is plancheck's check.
    for (String doc : List.of("{\"name\": \"\\udc00x\"}",
        "{\"enterprises\": [{\"designations\": [\"a\\ud800\"]}]}",
        "{\"enterprises\": [{\"i\\ud800d\": 1}]}",
        "{\"enterprises\": [{\"i\uD800d\": 1}]}",
        "{\"name\": \"raw \uD800 surrogate\"}")) {
      FactFormatException e = catchThrowableOfType(FactFormatException.class,
          () -> FactSets.readJson(new StringReader(doc), "r", Shanghai.SCHEMA, Limits.DEFAULT));
      assertThat(e).as(doc).isNotNull();
      assertThat(e.problem()).as(doc).containsIgnoringCase("surrogate");
      assertThat(TextFiles.loneSurrogate(e.getMessage())).isNegative();
    }
    assertThat(TextFiles.loneSurrogate("pair \uD83D\uDE00 ok")).isNegative();
    assertThat(TextFiles.loneSurrogate("\uDE00\uD83D")).isZero();
  }

  @Test
  void upperCaseFactFileNames_areRefused_namingTheLowerCaseName() throws IOException {
    for (String name : List.of("ENTERPRISES.CSV", "enterprises.CSV", "Enterprises.csv", "FACTSET.JSON")) {
      Path folder = Files.createDirectory(dir.resolve("set-" + name));
      Files.writeString(folder.resolve("scenarios.csv"), "id,industry\n");
      Files.writeString(folder.resolve(name), HEADER);
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      assertThat(error(folder).getMessage())
          .isEqualTo(folder.resolve(name) + ": fact file names are lower-case: rename it to " + lower);
    }
  }

  @Test
  void batchDiscovery_findsUpperCaseNames_soReadingThemSaysToRename() throws IOException {
    Path batch = Files.createDirectory(dir.resolve("batch"));
    Path folder = Files.createDirectory(batch.resolve("a"));
    Files.writeString(folder.resolve("ENTERPRISES.CSV"), HEADER);
    Path json = Files.writeString(batch.resolve("b.JSON"), "{}");
    assertThat(FactSets.discover(batch)).containsExactly(folder, json);
    assertThat(error(folder).problem()).isEqualTo("fact file names are lower-case: rename it to enterprises.csv");
    assertThat(error(json).problem()).isEqualTo("the extension must be lower-case: rename it to b.json");
  }
}
