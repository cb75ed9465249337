package org.plancheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One whole process, measured by GNU time ({@code /usr/bin/time -f '%e %M %U %S'}): its wall
 * time (elapsed real seconds, to the hundredth), peak resident set size (the kernel's maximum
 * RSS of the process, JVM, heap, native memory and all, in KiB) and CPU time (user and system
 * seconds of the process and the children it waited for), with what it printed. On a machine
 * whose cores both sides keep busy, CPU time says what wall time hides.
 *
 * @param command what ran
 * @param seconds elapsed wall time
 * @param peakKib maximum resident set size in KiB
 * @param cpuSeconds user plus system CPU time
 * @param exit the process's exit code
 * @param out its standard output
 * @param err its standard error
 */
record ProcessRun(List<String> command, double seconds, long peakKib, double cpuSeconds, int exit, String out, String err) {
  /** GNU time, which reports the rusage of the process it waits for. */
  static final Path TIME = Path.of("/usr/bin/time");

  /** Runs {@code command} to its end under GNU time, its output kept in files under {@code work}. */
  static ProcessRun measure(List<String> command, Path work) throws IOException, InterruptedException {
    if (!Files.isExecutable(TIME)) {
      throw new IllegalStateException(TIME + " (GNU time) is needed to measure peak RSS; install Debian's 'time' package");
    }
    Files.createDirectories(work);
    Path timing = Files.createTempFile(work, "time", ".txt");
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    try {
      List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-o", timing.toString(), "-f", "%e %M %U %S"));
      timed.addAll(command);
      int exit = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
      // With a non-zero exit GNU time writes "Command exited with non-zero status N" first.
      List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
      String[] figures = lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).trim().split(" ");
      if (figures.length != 4) {
        throw new IllegalStateException("GNU time wrote no figures for " + command + ": " + lines
            + "\n" + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new ProcessRun(List.copyOf(command), Double.parseDouble(figures[0]), Long.parseLong(figures[1]),
          Double.parseDouble(figures[2]) + Double.parseDouble(figures[3]), exit,
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(timing);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Returns this run, or fails with its command, exit code and error output when the code is not one of {@code ok}. */
  ProcessRun expect(Set<Integer> ok) {
    if (!ok.contains(exit)) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "\n" + err);
    }
    return this;
  }
}
