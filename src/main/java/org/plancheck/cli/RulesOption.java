package org.plancheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command that reads rules shares. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).")
  Path folder;
}
