package org.plancheck.cli;

import java.io.PrintWriter;
import org.plancheck.report.Words;

/** A one-line progress bar on a terminal's standard error; silent when it is not a terminal. */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean shown;
  private final int total;
  private int done;
  private int errors;

  ProgressBar(PrintWriter err, boolean shown, int total) {
    this.err = err;
    this.shown = shown;
    this.total = total;
  }

  /** Counts one finished fact set and redraws the bar. Safe to call from worker threads. */
  synchronized void step(boolean failed) {
    done++;
    errors += failed ? 1 : 0;
    if (shown) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
          + " fact sets" + (errors > 0 ? ", " + Words.count(errors, "error") : ""));
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }
}
