package org.plancheck.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import org.plancheck.batch.BatchResult;

/**
 * One batch report: the name {@code --format} takes, the file it is written to in the report
 * folder, and how it renders a batch. {@link #BUILT_IN} holds the six every batch writes;
 * others are found with {@link ServiceLoader} ({@code META-INF/services/org.plancheck.report.BatchFormat}),
 * such as the Parquet table the Spark engine writes. A report for people follows the language
 * it is given, one for machines ignores it.
 */
public interface BatchFormat {
  /** The six reports, in the order they are written: txt, json, csv, md, html, junit. */
  List<BatchFormat> BUILT_IN = List.of(
      text("txt", "summary.txt", BatchText::render),
      text("json", "report.json", (result, lang) -> BatchJson.render(result)),
      text("csv", "summary.csv", (result, lang) -> BatchCsv.render(result)),
      text("md", "report.md", BatchMarkdown::render),
      text("html", "report.html", BatchHtml::render),
      text("junit", "junit.xml", (result, lang) -> BatchJunit.render(result)));

  /** Returns the name {@code --format} takes, such as "html". */
  String name();

  /** Returns the name of the file this report is written to, such as "report.html". */
  String file();

  /**
   * Renders {@code result} as the bytes of this report's file, its words in {@code lang} when it
   * is for people.
   *
   * @throws java.io.UncheckedIOException when the report cannot be made (its library fails)
   */
  byte[] render(BatchResult result, Lang lang);

  /**
   * Returns why this report cannot be written in this JVM, as a sentence saying how to make it
   * possible (such as a library missing from the class path), or empty when it can.
   */
  default Optional<String> unavailable() {
    return Optional.empty();
  }

  /**
   * Returns the engine whose batches write this report unless {@code --format} says otherwise,
   * or empty for a report written only when asked for; the six built-in ones are always written.
   */
  default Optional<String> engine() {
    return Optional.empty();
  }

  /** Returns every report: the six built-in ones, then those found, in the order the service files list them. */
  static List<BatchFormat> all() {
    List<BatchFormat> formats = new ArrayList<>(BUILT_IN);
    ServiceLoader.load(BatchFormat.class, BatchFormat.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).forEach(formats::add);
    return formats;
  }

  /** Returns the report called {@code name} among {@link #all()}, if there is one. */
  static Optional<BatchFormat> named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Returns the reports a batch on {@code engine} writes unless told which: the six, and those of that engine. */
  static List<BatchFormat> defaults(String engine) {
    return all().stream().filter(f -> BUILT_IN.contains(f) || f.engine().filter(engine::equals).isPresent()).toList();
  }

  /** Returns a text report called {@code name}, written to {@code file} in UTF-8 by {@code render}. */
  static BatchFormat text(String name, String file, BiFunction<BatchResult, Lang, String> render) {
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
      public byte[] render(BatchResult result, Lang lang) {
        return render.apply(result, lang).getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
