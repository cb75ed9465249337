package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the batch's report.html in headless Chromium (Debian's chromium, which .ci/run
 * installs), checks that it renders, and keeps a screenshot in target/screenshots. Also
 * checks that hostile names stay text in the HTML and cannot run as formulas in the CSV.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path temp;
  private static Path out;

  @BeforeAll
  static void batch() throws IOException {
    Path hostile = Files.createDirectories(temp.resolve("facts/hostile"));
    Files.writeString(hostile.resolve("enterprises.csv"), "id,name,industry,revenue\nE1,x,metaverse,1亿\n");
    Files.writeString(hostile.resolve("factset.json"),
        "{\"name\": \"<script>alert(1)</script>\", \"region\": \"=HYPERLINK(\\\"http://x\\\")\"}");
    out = temp.resolve("reports");
    CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures/series-pudong-2022-2025", hostile.toString());
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void hostileNames_areTextInHtml_andDefusedInCsv() throws IOException {
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String csv = Files.readString(out.resolve("summary.csv"));
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
  }

  @Test
  void reportHtml_rendersInHeadlessChromium_withMatrixAndCharts() throws Exception {
    boolean available = Files.isExecutable(CHROMIUM);
    if (!available && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must have Chromium: .ci/run installs Debian's chromium package");
    }
    Assumptions.assumeTrue(available, "Chromium is not installed here; .ci/run installs it in CI");
    Path page = out.resolve("report.html").toAbsolutePath();
    String dom = chromium(temp.resolve("dom.html"), "--dump-dom", page.toUri().toString());
    assertThat(dom).contains("id=\"matrix\"").contains("pudong-2025").contains("ON_TRACK");
    assertThat(dom.split("<svg", -1)).hasSize(30 + 1);
    Files.createDirectories(SCREENSHOTS);
    Path shot = SCREENSHOTS.resolve("batch-report-html.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium(temp.resolve("shot.log"), "--screenshot=" + shot, "--window-size=1400,2400", page.toUri().toString());
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(colours(image)).as("a rendered page, not a blank one").isGreaterThan(20);
  }

  private static String chromium(Path output, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + temp.resolve("profile")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
