package org.plancheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Writes the batch reports to a folder, each atomically: a reader never sees half of one. */
final class BatchReports {
  /** The batch reports, by the name --format takes. */
  enum Format {
    txt("summary.txt"),
    json("report.json"),
    csv("summary.csv"),
    md("report.md"),
    html("report.html"),
    junit("junit.xml");

    final String file;

    Format(String file) {
      this.file = file;
    }
  }

  private BatchReports() {}

  static void write(BatchResult result, Set<Format> formats, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Format format : Format.values()) {
      if (formats.contains(format)) {
        AtomicFiles.write(folder.resolve(format.file), render(result, format));
      }
    }
  }

  static String render(BatchResult result, Format format) {
    return switch (format) {
      case txt -> BatchText.render(result);
      case json -> BatchJson.render(result);
      case csv -> BatchCsv.render(result);
      case md -> BatchMarkdown.render(result);
      case html -> BatchHtml.render(result);
      case junit -> BatchJunit.render(result);
    };
  }
}
