package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the README's "add a goal" walkthrough literally: writes each file it shows and runs
 * each command it shows, comparing the output with what the README prints.
 */
class ReadmeWalkthroughTest {
  private static final Pattern STEP = Pattern.compile(
      "<!-- walkthrough-(file: (\\S+)|run) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path temp;

  @Test
  void addAGoalWalkthrough_worksAsWritten() throws IOException {
    Matcher step = STEP.matcher(Files.readString(Path.of("README.md")));
    int files = 0;
    int commands = 0;
    while (step.find()) {
      if (step.group(2) != null) {
        Path file = temp.resolve(step.group(2));
        Files.createDirectories(file.getParent());
        Files.writeString(file, step.group(3));
        files++;
      } else {
        commands += runAll(step.group(3));
      }
    }
    assertThat(files).isEqualTo(6);
    assertThat(commands).isEqualTo(2);
  }

  /** Runs each "$ ./plancheck ..." line of a block and compares its output with the lines after it. */
  private int runAll(String block) {
    String[] parts = block.split("(?m)^\\$ ");
    int commands = 0;
    for (String part : Arrays.copyOfRange(parts, 1, parts.length)) {
      String command = part.substring(0, part.indexOf('\n'));
      String expected = part.substring(part.indexOf('\n') + 1);
      assertThat(command).startsWith("./plancheck ");
      List<String> args = new ArrayList<>();
      for (String arg : command.substring("./plancheck ".length()).split(" ")) {
        args.add(arg.startsWith("my-") ? temp.resolve(arg).toString() : arg);
      }
      CliHarness.Run run = CliHarness.run(args.toArray(String[]::new));
      assertThat(run.err()).as(command).isEmpty();
      assertThat(run.out().replace(temp + "/", "")).as(command).isEqualTo(expected);
      assertThat(run.code()).as(command).isZero();
      commands++;
    }
    return commands;
  }
}
