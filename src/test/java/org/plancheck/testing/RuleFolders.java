package org.plancheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies of the shipped rules that a test may edit, and the edits it makes to them. */
public final class RuleFolders {
  private RuleFolders() {}

  /** Copies every file of rules/ into {@code parent}/rules and returns that folder. */
  public static Path copyOfShippedRules(Path parent) throws IOException {
    Path rules = Files.createDirectories(parent.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    return rules;
  }

  /** Replaces the first {@code from} in {@code file} with {@code to}; fails when it is absent. */
  public static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not contain: " + from);
    }
    Files.writeString(file, text.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }
}
