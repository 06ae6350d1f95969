package com.classtag.examples.cli;

import java.util.Arrays;

/** Dispatches the program's commands and turns their failures into exit codes. */
public final class CommandLine {
  static final String HELP = String.join("\n",
      "usage: java -jar clever-sync-examples.jar COMMAND [OPTIONS]",
      "commands:",
      "  plan    read a Clever district and print the sync plan for an app state (see plan --help)",
      "  audit   read a Clever district and report what it overshares or forgot to share (see audit --help)",
      "  serve   run the Clever stand-in with the generated demo district (see serve --help)",
      "exit codes: 0 ready, 2 bad arguments or input files, 3 Clever unreachable or refused,",
      "            4 plan held by a safety rule");

  private CommandLine() {}

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

  /** Runs one command, letting tests adjust the run, for example to replace the client's sleeper. */
  static int run(String[] args, Terminal terminal, Tuning tuning) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      (args.length == 0 ? terminal.err() : terminal.out()).println(HELP);
      return args.length == 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "plan":
          return PlanCommand.run(rest, terminal, tuning);
        case "audit":
          return AuditCommand.run(rest, terminal, tuning);
        case "serve":
          return ServeCommand.run(rest, terminal);
        default:
          throw new UsageException("unknown command '" + args[0] + "'; use plan, audit or serve");
      }
    } catch (UsageException e) {
      terminal.err().println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      terminal.err().println("error: interrupted");
      return ExitCode.INTERNAL;
    } catch (RuntimeException e) {
      // A bug, not a user error: say so, and keep the trace for the report. The SDK's messages carry ids,
      // never personal data or the token.
      terminal.err().println("error: unexpected failure, please report it: " + e);
      e.printStackTrace(terminal.err());
      return ExitCode.INTERNAL;
    }
  }
}
