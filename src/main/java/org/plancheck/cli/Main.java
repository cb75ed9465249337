package org.plancheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code plancheck} command line: the only place that touches the console and exits. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Cli.run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
