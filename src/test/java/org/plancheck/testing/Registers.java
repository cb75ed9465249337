package org.plancheck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture fact sets written as a partitioned register, and as the fact-set folders that read
 * as the same fact sets: folder {@code ROOT/region=R/asOf=D} holds the fact set that the
 * register at {@code ROOT} holds under {@code region=R/asOf=D}, with that name, date and region.
 * A file with no rows is left out of both: a register cannot say "present with no rows".
 */
public final class Registers {
  private Registers() {}

  /**
   * One fact set to write: a fixture folder, and the region and date it gets.
   *
   * @param folder a fact-set folder of CSV files
   * @param region the region partition's value
   * @param asOf the asOf partition's value
   */
  public record FactSetAt(Path folder, String region, String asOf) {
    /** Returns the partition folders, {@code region=R/asOf=D}. */
    public String partition() {
      return "region=" + region + "/asOf=" + asOf;
    }
  }

  /** The good fixtures, each at a region and date of its own; one holds only enterprises. */
  public static List<FactSetAt> fixtures() {
    Path series = Path.of("fixtures/series-pudong-2022-2025");
    return List.of(new FactSetAt(Path.of("fixtures/shanghai-2025"), "Shanghai", "2025-12-31"),
        new FactSetAt(Path.of("fixtures/all-goals-met"), "AllMet", "2025-12-31"),
        new FactSetAt(Path.of("fixtures/thresholds-exactly-at-target"), "AtTarget", "2025-12-31"),
        new FactSetAt(Path.of("fixtures/data-files-absent"), "OnlyEnterprises", "2025-12-31"),
        new FactSetAt(series.resolve("2022"), "PudongNewArea", "2022-06-30"),
        new FactSetAt(series.resolve("2023"), "PudongNewArea", "2023-06-30"),
        new FactSetAt(series.resolve("2024"), "PudongNewArea", "2024-06-30"),
        new FactSetAt(series.resolve("2025"), "PudongNewArea", "2025-06-30"));
  }

  /** Writes each fact set as a folder {@code root/region=R/asOf=D} named {@code region=R/asOf=D}. */
  public static void writeFolders(Path root, List<FactSetAt> sets) throws IOException {
    for (FactSetAt set : sets) {
      Path folder = Files.createDirectories(root.resolve(set.partition()));
      for (Path file : rowFiles(set.folder())) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
      Files.writeString(folder.resolve("factset.json"), "{\"name\": \"" + set.partition() + "\", \"asOf\": \""
          + set.asOf() + "\", \"region\": \"" + set.region() + "\"}\n");
    }
  }

  /** Writes each fact set's CSV files as the part files of a register of CSV tables at {@code root}. */
  public static void writeCsvRegister(Path root, List<FactSetAt> sets) throws IOException {
    for (FactSetAt set : sets) {
      for (Path file : rowFiles(set.folder())) {
        String kind = file.getFileName().toString().replaceFirst("\\.csv$", "");
        Path partition = Files.createDirectories(root.resolve(kind).resolve(set.partition()));
        Files.copy(file, partition.resolve("part-00000.csv"));
      }
    }
  }

  /** The CSV files of {@code folder} with at least one row, in name order. */
  public static List<Path> rowFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().filter(Registers::hasRows).toList();
    }
  }

  private static boolean hasRows(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count() > 1;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
