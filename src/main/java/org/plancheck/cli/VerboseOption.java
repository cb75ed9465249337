package org.plancheck.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option every command has: more detail on standard error, such as which
 * rules folder was used, step timings, and the stack trace of an internal error.
 */
final class VerboseOption {
  @Option(names = "--verbose", description = "Say more on standard error: which rules are used, how long each step took, "
      + "and the stack trace of an internal error.")
  boolean on;
}
