package org.plancheck.bench;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * plancheck against DuckDB on the same CSV register, whole processes (issue 12). With
 * {@code --check} it first proves the two compute the same thing: for each folder, and each
 * register it generates, plancheck's JSON report and {@link GoalsSql} run in DuckDB must give
 * every goal the same actual. Without it, it generates registers with {@code plancheck
 * generate} unless present, then times both sides alternately; see {@link VersusTable#method}.
 */
@Command(name = "VersusDuckDb", mixinStandardHelpOptions = true,
    description = "Times plancheck evaluate against DuckDB (JDBC, one SQL query) on generated registers, or checks that both agree.")
public final class VersusDuckDb implements Callable<Integer> {
  private static final Set<Integer> EVALUATED = Set.of(0, 1);

  @Option(names = "--check", description = "Compare DuckDB's actual per goal with plancheck's on each FOLDER and each generated register; time nothing.")
  private boolean check;

  @Option(names = "--rows", split = ",", paramLabel = "N",
      description = "Register sizes to generate and use (default: 1000000,5000000 when timing, none with --check).")
  private List<Integer> rows;

  @Option(names = "--runs", defaultValue = "5", paramLabel = "K", description = "Timed runs of each side per size (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--registers", defaultValue = "target/versus-duckdb", paramLabel = "DIR",
      description = "Where generated registers (rows-N) and the rule cache are kept and reused (default: ${DEFAULT-VALUE}).")
  private Path registers;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table, method and machine as Markdown to FILE.")
  private Path markdown;

  @Option(names = "--launcher", defaultValue = "plancheck", paramLabel = "FILE", description = "The plancheck launcher (default: ${DEFAULT-VALUE}).")
  private Path launcher;

  @Parameters(paramLabel = "FOLDER", arity = "0..*", description = "With --check: fact-set folders to check as well.")
  private List<Path> folders = new ArrayList<>();

  /** Runs the comparison; see the class comment and {@code --help}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new VersusDuckDb()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException, SQLException {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
    }
    List<Integer> sizes = rows != null ? rows : check ? List.of() : List.of(1_000_000, 5_000_000);
    List<Path> registerFolders = new ArrayList<>();
    for (int n : sizes) {
      registerFolders.add(register(n));
    }
    if (check) {
      List<Path> all = new ArrayList<>(folders);
      all.addAll(registerFolders);
      return check(all);
    }
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    List<VersusTable.Size> results = new ArrayList<>();
    String version = "";
    int goals = 0;
    for (int i = 0; i < sizes.size(); i++) {
      Path folder = registerFolders.get(i);
      Map<String, BigDecimal> reference = Actuals.fromReport(plancheck(folder, false).out());
      goals = reference.size();
      String breakdown = breakdown(plancheck(folder, true).err());
      ProcessRun warm = duckDb(folder);
      version = Actuals.duckDbVersion(warm.out());
      agree(folder, reference, warm);
      List<ProcessRun> p = new ArrayList<>();
      List<ProcessRun> d = new ArrayList<>();
      for (int round = 0; round < runs; round++) {
        boolean plancheckFirst = round % 2 == 0;
        if (plancheckFirst) {
          p.add(timedPlancheck(folder, reference));
        }
        d.add(agree(folder, reference, duckDb(folder)));
        if (!plancheckFirst) {
          p.add(timedPlancheck(folder, reference));
        }
        System.out.printf("%,d rows, round %d: plancheck %.2f s %,d KiB %.2f s CPU, DuckDB %.2f s %,d KiB %.2f s CPU%n",
            sizes.get(i), round + 1, p.get(round).seconds(), p.get(round).peakKib(), p.get(round).cpuSeconds(),
            d.get(round).seconds(), d.get(round).peakKib(), d.get(round).cpuSeconds());
      }
      results.add(new VersusTable.Size(sizes.get(i), csvBytes(folder), p, d, breakdown));
    }
    String machine = Machine.describe(loadBefore, Files.readString(Path.of("/proc/loadavg")).trim());
    String text = VersusTable.markdown(results, runs, goals, version, machine);
    System.out.println();
    System.out.print(text);
    if (markdown != null) {
      Files.writeString(markdown, text, StandardCharsets.UTF_8);
      System.out.println("(written to " + markdown + ")");
    }
    return 0;
  }

  /** Compares plancheck and DuckDB on each folder; 0 when every goal agrees everywhere, else 1. */
  private int check(List<Path> all) throws IOException, InterruptedException, SQLException {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("--check needs a FOLDER or --rows");
    }
    int failed = 0;
    for (Path folder : all) {
      Map<String, BigDecimal> plancheck = Actuals.fromReport(plancheck(folder, false).out());
      Map<String, BigDecimal> duckDb = DuckDbGoals.run(folder).actuals();
      List<String> differences = Actuals.differences(plancheck, duckDb);
      long unknown = plancheck.values().stream().filter(v -> v == null).count();
      if (differences.isEmpty()) {
        System.out.printf("%s: the %d goals agree exactly (%d unknown on both sides)%n", folder, plancheck.size(), unknown);
      } else {
        failed++;
        System.out.printf("%s: DIFFERENT in %d of %d goals:%n", folder, differences.size(), plancheck.size());
        differences.forEach(d -> System.out.println("  " + d));
      }
    }
    if (failed > 0) {
      System.out.printf("CHECK FAILED: DuckDB and plancheck differ on %d of %d folders%n", failed, all.size());
    }
    return failed == 0 ? 0 : 1;
  }

  /** The register of {@code n} rows under --registers, generated by the launcher unless present. */
  private Path register(int n) throws IOException, InterruptedException {
    Path folder = registers.resolve("rows-" + n);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    // Written beside and moved in whole, so that a run stopped halfway never leaves a short register.
    Path partial = registers.resolve("rows-" + n + ".partial");
    deleteTree(partial);
    Files.createDirectories(registers);
    System.out.printf("generating %,d rows into %s...%n", n, folder);
    ProcessRun run = ProcessRun.measure(List.of(launcher().toString(), "generate", "--rows", String.valueOf(n),
        "--cache-dir", cache().toString(), partial.toString()), registers).expect(Set.of(0));
    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("generated in %.1f s, peak RSS %,d KiB%n", run.seconds(), run.peakKib());
    return folder;
  }

  private ProcessRun plancheck(Path folder, boolean verbose) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher().toString(), "evaluate", folder.toString(),
        "--format", "json", "--cache-dir", cache().toString()));
    if (verbose) {
      command.add("--verbose");
    }
    return ProcessRun.measure(command, registers).expect(EVALUATED);
  }

  private ProcessRun timedPlancheck(Path folder, Map<String, BigDecimal> reference) throws IOException, InterruptedException {
    ProcessRun run = plancheck(folder, false);
    List<String> differences = Actuals.differences(reference, Actuals.fromReport(run.out()));
    if (!differences.isEmpty()) {
      throw new IllegalStateException(folder + ": plancheck changed its answer between runs: " + differences);
    }
    return run;
  }

  /** A cold JVM holding only the bench classes and DuckDB's driver, running {@link DuckDbGoals}. */
  private ProcessRun duckDb(Path folder) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = classesOf(DuckDbGoals.class) + File.pathSeparator + duckDbJar();
    return ProcessRun.measure(List.of(java, "-cp", classPath, DuckDbGoals.class.getName(), folder.toString()), registers)
        .expect(Set.of(0));
  }

  private static ProcessRun agree(Path folder, Map<String, BigDecimal> reference, ProcessRun duckDb) {
    List<String> differences = Actuals.differences(reference, Actuals.fromDuckDb(duckDb.out()));
    if (!differences.isEmpty()) {
      throw new IllegalStateException(folder + ": DuckDB and plancheck differ: " + differences);
    }
    return duckDb;
  }

  /** The line of {@code evaluate --verbose} that says where the time went; fails unless the rules came from the cache. */
  private static String breakdown(String err) {
    String line = err.lines().filter(l -> l.startsWith("rules: ")).findFirst()
        .orElseThrow(() -> new IllegalStateException("evaluate --verbose printed no timing line:\n" + err));
    if (!line.contains("loaded from the cache")) {
      throw new IllegalStateException("the rule cache was not warm after a first run: " + line);
    }
    return line;
  }

  /** The folder or jar {@code type} was loaded from. */
  private static String classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + type, e);
    }
  }

  /** DuckDB's driver jar, found without loading the driver (and its native library) here. */
  private static String duckDbJar() {
    URL driver = VersusDuckDb.class.getResource("/org/duckdb/DuckDBDriver.class");
    if (driver == null || !driver.getProtocol().equals("jar")) {
      throw new IllegalStateException("DuckDB's JDBC driver is not on the class path as a jar (the bench profile brings it): " + driver);
    }
    try {
      String path = driver.getPath();
      return Path.of(new URI(path.substring(0, path.indexOf("!/")))).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate DuckDB's driver jar from " + driver, e);
    }
  }

  private Path launcher() {
    return launcher.toAbsolutePath();
  }

  private Path cache() {
    return registers.resolve("rule-cache").toAbsolutePath();
  }

  private static long csvBytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      long total = 0;
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
