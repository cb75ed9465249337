package org.plancheck.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The side-by-side table of {@link VersusDuckDb} as Markdown, with the method and the machine,
 * so that the figures are never read without how they were taken.
 */
final class VersusTable {
  /**
   * The runs of one register size.
   *
   * @param rows rows of the register kind (enterprises)
   * @param bytes size of the fact-set folder's CSV files
   * @param plancheck the timed plancheck processes
   * @param duckDb the timed DuckDB processes
   * @param breakdown plancheck's own account of one untimed run ({@code --verbose})
   */
  record Size(int rows, long bytes, List<ProcessRun> plancheck, List<ProcessRun> duckDb, String breakdown) {}

  private VersusTable() {}

  /** The whole Markdown text: a heading, the table, plancheck's breakdown, the method and the machine. */
  static String markdown(List<Size> sizes, int runs, int goals, String duckDbVersion, String machine) {
    StringBuilder md = new StringBuilder("## plancheck and DuckDB on the same generated register, whole processes\n\n");
    md.append("| register | `plancheck evaluate` (cached rules): median time | peak RSS | DuckDB ")
        .append(duckDbVersion).append(" JDBC, one SQL query, fresh JVM: median time | peak RSS | time ratio | memory ratio |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Size size : sizes) {
      double pTime = median(size.plancheck(), ProcessRun::seconds);
      double dTime = median(size.duckDb(), ProcessRun::seconds);
      double pRss = median(size.plancheck(), ProcessRun::peakKib);
      double dRss = median(size.duckDb(), ProcessRun::peakKib);
      md.append(String.format(Locale.ROOT, "| %,d rows (%s of CSV) | %s | %s | %s | %s | %.1fx | %.1fx |%n",
          size.rows(), bytes(size.bytes()), seconds(size.plancheck(), pTime), megabytes(size.plancheck(), pRss),
          seconds(size.duckDb(), dTime), megabytes(size.duckDb(), dRss), pTime / dTime, pRss / dRss));
    }
    md.append("\nCPU time (user and system), medians:\n\n");
    for (Size size : sizes) {
      double pCpu = median(size.plancheck(), ProcessRun::cpuSeconds);
      double dCpu = median(size.duckDb(), ProcessRun::cpuSeconds);
      md.append(String.format(Locale.ROOT, "- %,d rows: plancheck %.2f s, DuckDB %.2f s (%.1fx)%n",
          size.rows(), pCpu, dCpu, pCpu / dCpu));
    }
    md.append("\nplancheck's own account of one more run (`--verbose`, untimed):\n\n");
    for (Size size : sizes) {
      md.append(String.format(Locale.ROOT, "- %,d rows: %s%n", size.rows(), size.breakdown()));
    }
    md.append("\n").append(method(runs, goals)).append("\n\n").append(machine).append("\n");
    return md.toString();
  }

  /** How the figures were taken, in the words the README repeats. */
  static String method(int runs, int goals) {
    return "Method: for each register, " + runs + " runs of each side, alternating (plancheck first in odd rounds, "
        + "DuckDB first in even ones), each a whole process from launch to exit: `./plancheck evaluate DIR --format "
        + "json` with the rule cache warm (run once, untimed, before timing, so every timed run loads the compiled "
        + "rules from the cache: `--verbose` says `loaded from the cache`), and a cold JVM running `DuckDbGoals` "
        + "(DuckDB's JDBC driver, an in-memory database, `GoalsSql`'s query over `read_csv` of the same files). "
        + "DuckDB also runs once untimed first, so both read the files from the OS page cache. Wall time and peak "
        + "RSS are GNU time's (`/usr/bin/time -f '%e %M %U %S'`: elapsed seconds; the kernel's maximum resident set "
        + "size of the process, JVM and native memory included; MB = 2^20 bytes; CPU is user plus system seconds); the table gives medians, the "
        + "fastest and slowest run in brackets; ratios are plancheck over DuckDB. plancheck runs with the "
        + "launcher's JVM options (ParallelGC, a 32 MB young generation, default heap: a quarter of RAM); DuckDB with java's defaults and "
        + "DuckDB's (threads: one per core). Every timed run's actuals, all " + goals + " goals, were compared with "
        + "plancheck's and agree exactly. The work differs: plancheck checks every value (words, ids, ranges), "
        + "keeps evidence and writes the full JSON report; the SQL checks nothing and returns the actuals only.";
  }

  static double median(List<ProcessRun> runs, ToDoubleFunction<ProcessRun> figure) {
    double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  static String seconds(List<ProcessRun> runs, double median) {
    double[] all = runs.stream().mapToDouble(ProcessRun::seconds).toArray();
    return String.format(Locale.ROOT, "%.2f s (%.2f-%.2f)", median,
        Arrays.stream(all).min().orElse(0), Arrays.stream(all).max().orElse(0));
  }

  static String megabytes(List<ProcessRun> runs, double medianKib) {
    long[] all = runs.stream().mapToLong(ProcessRun::peakKib).toArray();
    return String.format(Locale.ROOT, "%,.0f MB (%,d-%,d)", medianKib / 1024,
        Arrays.stream(all).min().orElse(0) / 1024, Arrays.stream(all).max().orElse(0) / 1024);
  }

  private static String bytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1048576.0));
  }
}
