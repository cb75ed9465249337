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
 * checks that hostile names stay text in the HTML and cannot run as formulas in the CSV, and
 * that the {@code --lang zh} report draws every Chinese character with a real glyph, not a
 * box (Debian's fonts-noto-cjk, which .ci/run installs).
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

  @TempDir static Path temp;
  private static Path out;
  private static Path outZh;

  @BeforeAll
  static void batch() throws IOException {
    Path hostile = Files.createDirectories(temp.resolve("facts/hostile"));
    Files.writeString(hostile.resolve("enterprises.csv"), "id,name,industry,revenue\nE1,x,metaverse,1亿\n");
    Files.writeString(hostile.resolve("factset.json"),
        "{\"name\": \"<script>alert(1)</script>\", \"region\": \"=HYPERLINK(\\\"http://x\\\")\"}");
    out = temp.resolve("reports");
    // Every fixture folder (44 fact sets, 31 of them ERROR, one series of four dates) and 30
    // generated districts over four years: 43 rows, 13 series.
    Path districts = Files.createDirectories(temp.resolve("districts"));
    java.util.Random random = new java.util.Random(40);
    for (int i = 1; i <= 30; i++) {
      Files.writeString(districts.resolve(String.format("district-%02d.json", i)), BatchCommandTest.district(i, random));
    }
    CliHarness.Run run = run("batch", "--out", out.toString(), "fixtures", districts.toString(), hostile.toString());
    assertThat(run.code()).isEqualTo(2);
    outZh = temp.resolve("reports-zh");
    CliHarness.Run zh = run("batch", "--lang", "zh", "--out", outZh.toString(), "fixtures/series-pudong-2022-2025",
        "fixtures/shanghai-2025");
    assertThat(zh.code()).isEqualTo(1);
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
    requireChromium();
    Path page = out.resolve("report.html").toAbsolutePath();
    String html = Files.readString(page);
    assertThat(html.split("<td class=\"n\">", -1).length - 1).as("fact sets evaluated, one row each").isEqualTo(43);
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

  @Test
  void chineseReport_namesCjkFonts_andDrawsNoCharacterAsABox() throws Exception {
    String html = Files.readString(outZh.resolve("report.html"));
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("font-family:\"Noto Sans CJK SC\"")
        .contains("已达成").contains("未达成");
    requireChromium();
    Path page = probed(outZh.resolve("report.html"));
    Probe probe = probe(page, null);
    assertThat(probe.json()).as("the probe ran in the page").contains("\"cjk\"");
    assertThat(probe.controlIsBox()).as("two code points no font has draw the same box").isTrue();
    assertThat(probe.cjk()).as("distinct Chinese characters on the page").isGreaterThan(50);
    assertThat(probe.boxes()).as("Chinese characters drawn as a box (install fonts-noto-cjk)").isEmpty();
    Path shot = SCREENSHOTS.resolve("batch-report-html-zh.png").toAbsolutePath();
    Files.createDirectories(SCREENSHOTS);
    Files.deleteIfExists(shot);
    chromium(temp.resolve("shot-zh.log"), "--screenshot=" + shot, "--window-size=1400,2400", outZh.resolve("report.html")
        .toAbsolutePath().toUri().toString());
    assertThat(colours(ImageIO.read(shot.toFile()))).as("a rendered page, not a blank one").isGreaterThan(20);
  }

  @Test
  void boxProbe_withoutCjkFonts_findsBoxes() throws Exception {
    requireChromium();
    // The same page where fontconfig knows only DejaVu, which has no Chinese: the probe must
    // see boxes, or the check above could never fail.
    Assumptions.assumeTrue(Files.isDirectory(DEJAVU), "no DejaVu fonts here to build a font set without Chinese");
    Path config = temp.resolve("fonts-without-cjk.conf");
    Files.writeString(config, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><dir>"
        + DEJAVU + "</dir><cachedir>" + temp.resolve("fc-cache") + "</cachedir></fontconfig>\n");
    Probe probe = probe(probed(outZh.resolve("report.html")), config);
    assertThat(probe.boxes()).as("Chinese characters drawn as a box without CJK fonts").isNotEmpty();
  }

  private static void requireChromium() {
    boolean available = Files.isExecutable(CHROMIUM);
    if (!available && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must have Chromium: .ci/run installs Debian's chromium package");
    }
    Assumptions.assumeTrue(available, "Chromium is not installed here; .ci/run installs it in CI");
  }

  /** What the probe found: distinct CJK characters, those drawn as a box, and its control. */
  private record Probe(String json, int cjk, String boxes, boolean controlIsBox) {}

  /**
   * A copy of {@code report} with a script (the report itself has none) that draws each distinct
   * Chinese character of the page in the page's font on a canvas and compares its pixels with
   * those of U+10FFFD, a code point no font has, which every browser draws as a box.
   */
  private static Path probed(Path report) throws IOException {
    String script = """
        <script>
        (function () {
          var font = getComputedStyle(document.body).fontFamily;
          var canvas = document.createElement('canvas');
          canvas.width = 64; canvas.height = 64;
          var ctx = canvas.getContext('2d', {willReadFrequently: true});
          function pixels(s) {
            ctx.clearRect(0, 0, 64, 64);
            ctx.font = '48px ' + font;
            ctx.fillStyle = '#000';
            ctx.textBaseline = 'top';
            ctx.fillText(s, 4, 4);
            return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
          }
          var chars = Array.from(new Set(Array.from(document.body.innerText)
              .filter(function (c) { return /[\\u3400-\\u9fff]/.test(c); })));
          var box = pixels('\\u{10FFFD}');
          var blank = pixels(' ');
          var boxes = chars.filter(function (c) { var p = pixels(c); return p === box || p === blank; });
          var out = document.createElement('pre');
          out.id = 'probe';
          out.textContent = JSON.stringify({cjk: chars.length, boxes: boxes.join(''),
              controlIsBox: pixels('\\u{10FFFC}') === box && box !== blank});
          document.body.appendChild(out);
        })();
        </script>
        """;
    Path page = temp.resolve("probed-" + report.getParent().getFileName() + ".html");
    Files.writeString(page, Files.readString(report).replace("</body>", script + "</body>"));
    return page;
  }

  private static Probe probe(Path page, Path fontConfig) throws Exception {
    Path dump = temp.resolve("probe-" + (fontConfig == null ? "fonts" : "no-cjk") + ".html");
    String dom = chromium(dump, fontConfig, "--dump-dom", page.toAbsolutePath().toUri().toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
    assertThat(m.find()).as("the probe wrote its result into the page").isTrue();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    return new Probe(m.group(1), json.get("cjk").asInt(), json.get("boxes").asText(), json.get("controlIsBox").asBoolean());
  }

  private static String chromium(Path output, String... args) throws IOException, InterruptedException {
    return chromium(output, null, args);
  }

  /** Runs headless Chromium; {@code fontConfig}, when given, is the only fontconfig file it reads. */
  private static String chromium(Path output, Path fontConfig, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + temp.resolve(fontConfig == null ? "profile" : "profile-without-cjk")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (fontConfig != null) {
      builder.environment().put("FONTCONFIG_FILE", fontConfig.toString());
    }
    Process process = builder.redirectErrorStream(false)
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
