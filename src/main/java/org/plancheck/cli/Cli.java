package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds and runs the plancheck command line against the writers it is given. */
@Command(
    name = "plancheck",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "Evaluates the numeric targets of action plans, written as Drools rules, "
        + "against fact sets: enterprise registers, clusters, parks, scenarios, products, "
        + "industry indicators and factories.")
final class Cli implements Callable<Integer> {
  /** The commands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      EvaluateCommand.class,
      CheckCommand.class,
      GoalsCommand.class,
      TestCommand.class,
      ExplainCommand.class,
      BatchCommand.class,
      DiffCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final boolean interactive;

  private Cli(boolean interactive) {
    this.interactive = interactive;
  }

  /** Returns whether standard error is a terminal, where progress bars may be drawn. */
  boolean interactive() {
    return interactive;
  }

  /**
   * Runs {@code args} as a plancheck command line, writing to {@code out} and {@code err}.
   *
   * @return the exit code: 0 all met, 1 some missed or unknown, 2 bad input, 3 internal error
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /** Runs {@code args}; {@code interactive} says whether {@code err} is a terminal. */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cli = new CommandLine(new Cli(interactive));
    for (Class<?> command : commandsFor(args)) {
      cli.addSubcommand(command);
    }
    List<CommandLine> commands = new ArrayList<>(cli.getSubcommands().values());
    commands.add(cli);
    for (CommandLine command : commands) {
      command.getCommandSpec().usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(ExitCodes.help(command == cli ? "" : command.getCommandName()));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> ExitCodes.internalError(e, commandLine.getErr(), verbose(parseResult)));
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler above; an Error (out of memory, stack
      // overflow, a missing method in a library) comes here and means the same: exit 3.
      return ExitCodes.internalError(e, err, verbose(cli.getParseResult()));
    }
  }

  /**
   * Returns the commands {@code args} may run: the one it names first, or every one (for help,
   * no command, or a name that is none, which picocli answers with the names there are). Why:
   * picocli reads every option of every command it is given at start, by reflection and mostly
   * interpreted; given only the command that runs, a run starts about 0.15 s sooner.
   */
  static List<Class<?>> commandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> command : COMMANDS) {
        if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return COMMANDS;
  }

  /** Returns whether --verbose was given to the command that ran. */
  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Runs when no command is given: shows what there is, and fails as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("plancheck: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** Reads the version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"plancheck " + (version == null ? "(development build)" : version)};
    }
  }
}
