package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The {@code --watch} option: run once, then again each time a rule or fact file changes,
 * until interrupted. A run that fails (broken rules, bad facts) does not end the watch.
 */
final class WatchOption {
  /** How often the files are looked at; an edit shows within this and one run's time. */
  static final long POLL_MILLIS = 300;

  @Option(names = "--watch", description = "Run again whenever a rule or fact file changes (Ctrl-C to stop).")
  boolean enabled;

  /** Runs {@code once}; with --watch, again on every change, returning the last exit code. */
  int run(PrintWriter err, Path rules, List<Path> facts, IntSupplier once) {
    if (!enabled) {
      return once.getAsInt();
    }
    List<Path> watched = new ArrayList<>(facts);
    watched.add(rules);
    // Taken before the run, so that an edit saved while it runs starts another.
    String seen = fingerprint(watched);
    int code = once.getAsInt();
    err.println("watching " + watched + " for changes; Ctrl-C to stop");
    err.flush();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      String now = fingerprint(watched);
      if (!now.equals(seen)) {
        seen = now;
        err.println("--- change seen, running again");
        err.flush();
        code = once.getAsInt();
      }
    }
    return code;
  }

  /** Names, sizes and modification times of every file under {@code paths}. */
  static String fingerprint(List<Path> paths) {
    StringBuilder print = new StringBuilder();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        print.append(path).append(" absent\n");
        continue;
      }
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.sorted().toList()) {
          BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
          print.append(file).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
        }
      } catch (IOException | UncheckedIOException e) {
        // A file removed while walking: the next look sees the folder settled.
        print.append(path).append(" changing\n");
      }
    }
    return print.toString();
  }
}
