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
    // Every fixture folder: 40-odd fact sets, most of them ERROR, one series of four dates.
    CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures", hostile.toString());
    assertThat(run.code()).isEqualTo(2);
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
    String html = Files.readString(page);
    assertThat(html.split("<td class=\"n\">", -1).length - 1).as("fact sets evaluated, one row each").isEqualTo(12);
    assertThat(html).contains("<details id=\"errors\"><summary class=\"ERROR\">31 fact sets could not be evaluated");
    // The page has no script; a measuring copy adds one that records what lies past the window's edge.
    Path measured = temp.resolve("measured.html");
    Files.writeString(measured, html.replace("</body>", MEASURE + "</body>"));
    String dom = chromium(temp.resolve("dom.html"), "--window-size=1400,1000", "--dump-dom", measured.toUri().toString());
    assertThat(dom).contains("id=\"matrix\"").contains("pudong-2025").contains("NEEDS_ACCELERATION");
    assertThat(between(dom, "data-width=\"", "\"")).as("the window's width").isEqualTo("1400");
    assertThat(between(dom, "data-off-screen=\"", "\"")).as("elements past the right edge at 1400 px").isEqualTo("none");
    assertThat(dom.split("<svg", -1).length - 1).as("a chart per goal with dated results").isGreaterThanOrEqualTo(20);
    assertThat(dom).contains(">as of</text>").contains(">2023</text>").contains(" by 2025-12-31</title>").doesNotContain("=\"NaN");
    Files.createDirectories(SCREENSHOTS);
    Path shot = SCREENSHOTS.resolve("batch-report-html.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium(temp.resolve("shot.log"), "--screenshot=" + shot, "--window-size=1400,2400", page.toUri().toString());
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(colours(image)).as("a rendered page, not a blank one").isGreaterThan(20);
  }

  /** Marks the body with the window width and the elements whose right edge lies beyond it. */
  private static final String MEASURE = """
      <script>
      const w = document.documentElement.clientWidth;
      const off = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5)
          .map(e => e.tagName + (e.id ? '#' + e.id : ''));
      document.body.dataset.width = String(window.innerWidth);
      document.body.dataset.offScreen = off.length === 0 && document.documentElement.scrollWidth <= w
          ? 'none' : off.slice(0, 8).join(' ') + ' scrollWidth ' + document.documentElement.scrollWidth;
      </script>
      """;

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("found " + start).isNotNegative();
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
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
