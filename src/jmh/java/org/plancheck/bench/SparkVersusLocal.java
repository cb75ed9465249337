package org.plancheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark engine against the local one on this machine, whole {@code plancheck batch}
 * processes (issue 15), timed alternately, each run's report.json checked equal to the local
 * engine's: many small fact sets ({@code --sets} folders of {@code --rows} enterprises each),
 * or with {@code --register RxD} one partitioned register of CSV tables, R regions times D
 * dates of {@code --rows} enterprises each. It shows what Spark costs where one machine
 * suffices, the baseline a cluster's gain is measured from.
 */
@Command(name = "SparkVersusLocal", mixinStandardHelpOptions = true,
    description = "Times plancheck batch --engine spark (local[--jobs]) against the local engine on the same fact sets.")
public final class SparkVersusLocal implements Callable<Integer> {
  private static final Set<Integer> EVALUATED = Set.of(0, 1);

  @Option(names = "--sets", defaultValue = "1000", paramLabel = "N", description = "Fact sets in the batch (default: ${DEFAULT-VALUE}).")
  private int sets;

  @Option(names = "--register", paramLabel = "RxD",
      description = "Instead of --sets folders: one partitioned register of R regions x D dates (such as 10x2).")
  private String register;

  @Option(names = "--rows", defaultValue = "10000", paramLabel = "R", description = "Enterprises per fact set (default: ${DEFAULT-VALUE}).")
  private int rows;

  @Option(names = "--jobs", defaultValue = "2", paramLabel = "J", description = "--jobs of both engines; Spark runs local[J] (default: ${DEFAULT-VALUE}).")
  private int jobs;

  @Option(names = "--runs", defaultValue = "3", paramLabel = "K", description = "Timed runs of each engine (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--work", defaultValue = "target/spark-versus-local", paramLabel = "DIR",
      description = "Where the fact sets, rule cache and reports are kept; the fact sets are reused (default: ${DEFAULT-VALUE}).")
  private Path work;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table, method and machine as Markdown to FILE.")
  private Path markdown;

  @Option(names = "--launcher", defaultValue = "plancheck", paramLabel = "FILE", description = "The plancheck launcher (default: ${DEFAULT-VALUE}).")
  private Path launcher;

  /** Runs the comparison; see the class comment and {@code --help}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkVersusLocal()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (sets < 1 || rows < 1 || jobs < 1 || runs < 1) {
      throw new IllegalArgumentException("--sets, --rows, --jobs and --runs must be at least 1");
    }
    Path folder = register == null ? factSets() : register();
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    // Untimed first runs: the rule cache, Spark's jars (fetched on first use) and the page cache.
    String reference = Files.readString(batch("local", folder).resolve("report.json"));
    same(reference, batch("spark", folder));
    List<ProcessRun> local = new ArrayList<>();
    List<ProcessRun> spark = new ArrayList<>();
    for (int round = 0; round < runs; round++) {
      for (String engine : round % 2 == 0 ? List.of("local", "spark") : List.of("spark", "local")) {
        ProcessRun run = timed(engine, folder);
        same(reference, work.resolve("out-" + engine));
        (engine.equals("local") ? local : spark).add(run);
        System.out.printf("round %d, %s: %.2f s, %,d KiB%n", round + 1, engine, run.seconds(), run.peakKib());
      }
    }
    String machine = Machine.describe(loadBefore, Files.readString(Path.of("/proc/loadavg")).trim());
    String text = table(local, spark) + "\n" + method() + "\n\n" + machine + "\n";
    System.out.println();
    System.out.print(text);
    if (markdown != null) {
      Files.writeString(markdown, text, StandardCharsets.UTF_8);
    }
    return 0;
  }

  private String table(List<ProcessRun> local, List<ProcessRun> spark) {
    double lTime = VersusTable.median(local, ProcessRun::seconds);
    double sTime = VersusTable.median(spark, ProcessRun::seconds);
    double lRss = VersusTable.median(local, ProcessRun::peakKib);
    double sRss = VersusTable.median(spark, ProcessRun::peakKib);
    return "| input | `batch` (local engine, " + jobs + " threads): median time | peak RSS | `batch --engine spark` "
        + "(local[" + jobs + "]): median time | peak RSS | time ratio | memory ratio |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        + String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1fx | %.1fx |%n", input(),
            VersusTable.seconds(local, lTime), VersusTable.megabytes(local, lRss),
            VersusTable.seconds(spark, sTime), VersusTable.megabytes(spark, sRss), sTime / lTime, sRss / lRss);
  }

  private String input() {
    if (register == null) {
      return String.format(Locale.ROOT, "%,d fact sets of %,d enterprises", sets, rows);
    }
    int[] rd = regionsAndDates();
    return String.format(Locale.ROOT, "one register of %,d enterprises (%d regions x %d dates), CSV tables",
        (long) rows * rd[0] * rd[1], rd[0], rd[1]);
  }

  private int[] regionsAndDates() {
    String[] parts = register.split("x");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--register reads like 10x2 (regions x dates), got " + register);
    }
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }

  /**
   * The register under --work, made unless present: each CSV file of one generated register
   * hard-linked as the part file of its kind's table in every region and date partition.
   */
  private Path register() throws IOException, InterruptedException {
    int[] rd = regionsAndDates();
    Path root = work.resolve("register-" + register + "x" + rows);
    if (Files.isDirectory(root)) {
      return root;
    }
    Path base = generated();
    Path partial = work.resolve(root.getFileName() + ".partial");
    VersusDuckDb.deleteTree(partial);
    for (Path file : csvFiles(base)) {
      String kind = file.getFileName().toString().replaceFirst("\\.csv$", "");
      for (int r = 1; r <= rd[0]; r++) {
        for (int d = 0; d < rd[1]; d++) {
          Path part = Files.createDirectories(partial.resolve(kind).resolve(String.format(Locale.ROOT, "region=R%02d", r))
              .resolve("asOf=" + (2025 - rd[1] + 1 + d) + "-12-31"));
          Files.createLink(part.resolve("part-00000.csv"), file);
        }
      }
    }
    Files.move(partial, root, StandardCopyOption.ATOMIC_MOVE);
    return root;
  }

  private Path generated() throws IOException, InterruptedException {
    Path base = work.resolve("register-" + rows);
    if (!Files.isDirectory(base)) {
      ProcessRun.measure(List.of(launcher.toAbsolutePath().toString(), "generate", "--rows", String.valueOf(rows),
          "--cache-dir", cache().toString(), base.toString()), work).expect(Set.of(0));
    }
    return base;
  }

  private static List<Path> csvFiles(Path folder) throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
  }

  private String method() {
    return "Method: " + runs + " runs of each engine, alternating (local first in odd rounds), each a whole `./plancheck "
        + "batch --jobs " + jobs + " --engine E --out DIR FOLDER` process with the rule cache warm; both engines ran "
        + "once untimed first (the cache, Spark's jars, the page cache). The fact sets are one generated register "
        + "(`plancheck generate --rows " + rows + "`) linked " + (register == null ? "into " + sets + " folders, each "
        + "with its own name and region" : "as the part file of every partition of a register of CSV tables "
        + "(`KIND/region=R/asOf=D/part-00000.csv`)") + "; every run's report.json was compared with the local "
        + "engine's and is identical. Wall time and "
        + "peak RSS are GNU time's, medians with the fastest and slowest run in brackets; ratios are Spark over local.";
  }

  /** The fact sets under --work, made unless present: one generated register hard-linked into each folder. */
  private Path factSets() throws IOException, InterruptedException {
    Path folder = work.resolve("sets-" + sets + "x" + rows);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Path base = generated();
    // Made beside and moved in whole, so that a run stopped halfway never leaves part of the batch.
    Path partial = work.resolve(folder.getFileName() + ".partial");
    VersusDuckDb.deleteTree(partial);
    List<Path> files = csvFiles(base);
    for (int i = 1; i <= sets; i++) {
      Path set = Files.createDirectories(partial.resolve(String.format(Locale.ROOT, "set-%05d", i)));
      for (Path file : files) {
        Files.createLink(set.resolve(file.getFileName()), file);
      }
      Files.writeString(set.resolve("factset.json"), String.format(Locale.ROOT,
          "{\"name\": \"set-%05d\", \"asOf\": \"2025-12-31\", \"region\": \"R%05d\"}%n", i, i));
    }
    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    return folder;
  }

  private Path batch(String engine, Path folder) throws IOException, InterruptedException {
    timed(engine, folder);
    return work.resolve("out-" + engine);
  }

  private ProcessRun timed(String engine, Path folder) throws IOException, InterruptedException {
    return ProcessRun.measure(List.of(launcher.toAbsolutePath().toString(), "batch", "--engine", engine, "--jobs",
        String.valueOf(jobs), "--cache-dir", cache().toString(), "--out", work.resolve("out-" + engine).toString(),
        folder.toString()), work).expect(EVALUATED);
  }

  private static void same(String reference, Path out) throws IOException {
    if (!Files.readString(out.resolve("report.json")).equals(reference)) {
      throw new IllegalStateException(out + "/report.json differs from the local engine's");
    }
  }

  private Path cache() {
    return work.resolve("rule-cache").toAbsolutePath();
  }
}
