package org.plancheck.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.plancheck.batch.BatchResult;

/**
 * One batch report: the name {@code --format} takes, the file it is written to in the report
 * folder, and how it renders a batch. {@link #BUILT_IN} holds the six plancheck writes; a
 * report for people follows the language it is given, one for machines ignores it.
 */
public interface BatchFormat {
  /** The six reports, in the order they are written: txt, json, csv, md, html, junit. */
  List<BatchFormat> BUILT_IN = List.of(
      of("txt", "summary.txt", BatchText::render),
      of("json", "report.json", (result, lang) -> BatchJson.render(result)),
      of("csv", "summary.csv", (result, lang) -> BatchCsv.render(result)),
      of("md", "report.md", BatchMarkdown::render),
      of("html", "report.html", BatchHtml::render),
      of("junit", "junit.xml", (result, lang) -> BatchJunit.render(result)));

  /** Returns the name {@code --format} takes, such as "html". */
  String name();

  /** Returns the name of the file this report is written to, such as "report.html". */
  String file();

  /** Renders {@code result} as this report, its words in {@code lang} when it is for people. */
  String render(BatchResult result, Lang lang);

  /** Returns the built-in report called {@code name}, if there is one. */
  static Optional<BatchFormat> named(String name) {
    return BUILT_IN.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Returns a report called {@code name}, written to {@code file} by {@code render}. */
  static BatchFormat of(String name, String file, BiFunction<BatchResult, Lang, String> render) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(render, "render");
    return new BatchFormat() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String file() {
        return file;
      }

      @Override
      public String render(BatchResult result, Lang lang) {
        return render.apply(result, lang);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
