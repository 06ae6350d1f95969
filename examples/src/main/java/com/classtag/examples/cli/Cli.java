package com.classtag.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line's root: dispatches {@code plan}, {@code audit}, {@code sync}, {@code serve} and
 * {@code completion} through picocli, and turns every failure into a message on standard error and
 * one of {@link ExitCode}'s codes.
 */
@Command(
    name = Cli.NAME,
    synopsisHeading = "usage: ",
    synopsisSubcommandLabel = "COMMAND",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    usageHelpWidth = 110,
    description =
        "Reads a Clever district through the API, plans what the app must change, and applies it.",
    commandListHeading = "commands:%n",
    footer = {
      "Exit codes: 0 ready, 2 bad arguments or input files, 3 Clever unreachable or refused,",
      "            4 plan held by a safety rule, 5 the database failed or changed meanwhile (sync)."
    })
public final class Cli implements Callable<Integer> {
  /**
   * The program's name in help and shell completion; docs/cli.md shows the alias that makes it a
   * command.
   */
  static final String NAME = "clever-sync";

  private final Terminal terminal;
  @Spec private CommandSpec spec;

  private Cli(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs one command.
   *
   * @param args the command name, then its options
   * @param terminal where to write and what environment to read
   * @return the exit code, one of {@link ExitCode}'s
   */
  public static int run(String[] args, Terminal terminal) {
    return run(args, terminal, Tuning.NONE);
  }

  /**
   * Runs one command, letting tests adjust the run, for example to replace the client's sleeper.
   */
  static int run(String[] args, Terminal terminal, Tuning tuning) {
    CommandLine cli =
        new CommandLine(new Cli(terminal))
            .addSubcommand(new PlanCommand(terminal, tuning))
            .addSubcommand(new AuditCommand(terminal, tuning))
            .addSubcommand(new SyncCommand(terminal, tuning))
            .addSubcommand(new ServeCommand(terminal))
            .addSubcommand("completion", completion());
    cli.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(
        (e, unused) -> {
          terminal.err().println("error: " + describe(e));
          terminal
              .err()
              .println("(see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
          return ExitCode.BAD_INPUT;
        });
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> fail(e, terminal));
    return cli.execute(args);
  }

  /** Without a command: the usage on standard error, and exit code 2. */
  @Override
  public Integer call() {
    terminal.err().print(spec.commandLine().getUsageMessage());
    return ExitCode.BAD_INPUT;
  }

  private static CommandLine completion() {
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion
        .getCommandSpec()
        .usageMessage()
        .description(
            "Prints a bash/zsh completion script for "
                + NAME
                + ": source <("
                + NAME
                + " completion); see docs/cli.md.");
    return completion;
  }

  private static int fail(Exception e, Terminal terminal) {
    if (e instanceof UsageException) {
      terminal.err().println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      terminal.err().println("error: interrupted");
      return ExitCode.INTERNAL;
    }
    // A bug, not a user error: say so, and keep the trace for the report. The SDK's messages carry
    // ids, never personal data or the token.
    terminal.err().println("error: unexpected failure, please report it: " + e);
    e.printStackTrace(terminal.err());
    return ExitCode.INTERNAL;
  }

  /**
   * Says what is wrong with the arguments in the words the command line has always used, naming the
   * option.
   */
  static String describe(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    String option = arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : null;
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      String first = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
      if (first.startsWith("-")) {
        return "unknown option " + first.split("=", 2)[0];
      }
      if (e.getCommandLine().getParent() == null) {
        return "unknown command '" + first + "'; use plan, audit, sync, serve or completion";
      }
      return "unexpected argument '" + first + "'; options start with --";
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return "option "
          + longest(((CommandLine.OverwrittenOptionException) e).getOverwritten())
          + " is given twice";
    }
    if (e instanceof CommandLine.MissingParameterException) {
      List<ArgSpec> missing = ((CommandLine.MissingParameterException) e).getMissing();
      if (missing != null && missing.size() == 1 && missing.get(0) instanceof OptionSpec) {
        return "option " + longest(missing.get(0)) + " needs a value";
      }
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException && option != null) {
      String why = e.getCause().getMessage();
      return "option " + option + (why.startsWith("must") ? " " : ": ") + why;
    }
    return e.getMessage();
  }

  private static String longest(ArgSpec arg) {
    return arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  /** The version {@code --version} prints: the jar's, from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {NAME + " " + (version == null ? "(development build)" : version)};
    }
  }
}
