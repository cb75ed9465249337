package org.plancheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** One sentence on the machine a benchmark ran on, read from /proc, for the record beside its figures. */
final class Machine {
  private Machine() {}

  /** Date, CPU, cores, memory, Java and the load averages (1, 5, 15 min) before and after. */
  static String describe(String loadBefore, String loadAfter) throws IOException {
    return String.format("Machine: measured %s on %s, %d cores, %s of RAM, %s %s; load average %s before, %s after "
            + "(the machine is shared: other work ran meanwhile).",
        LocalDate.now(), field("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
        memory(field("/proc/meminfo", "MemTotal")), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        firstThree(loadBefore), firstThree(loadAfter));
  }

  private static String field(String file, String name) throws IOException {
    try (Stream<String> lines = Files.lines(Path.of(file))) {
      return lines.filter(l -> l.startsWith(name)).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown " + name);
    }
  }

  /** "24683620 kB" as "23.5 GiB". */
  private static String memory(String memTotal) {
    String[] parts = memTotal.split("\\s+");
    return parts.length == 2 && parts[1].equals("kB")
        ? String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(parts[0]) / 1048576.0) : memTotal;
  }

  private static String firstThree(String loadavg) {
    String[] parts = loadavg.split(" ");
    return parts.length < 3 ? loadavg : parts[0] + " " + parts[1] + " " + parts[2];
  }
}
