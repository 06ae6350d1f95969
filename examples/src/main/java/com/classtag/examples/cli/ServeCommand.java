package com.classtag.examples.cli;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: runs the Clever stand-in with the demo district in the foreground until the process is
 * stopped, so the {@code plan} command, or any Clever client, can be pointed at it.
 */
final class ServeCommand {
  /** The command's help, which {@code serve --help} prints. */
  static final String HELP = String.join("\n",
      "usage: serve [--students N] [--port P] [--token T] [--faults SPEC]",
      "  --students N   size of the generated demo district (default 1500, up to 10000000)",
      "  --port P       port on 127.0.0.1 (default: a free one)",
      "  --token T      bearer token clients must send (default demo-token)",
      "  --faults SPEC  failures to inject, e.g. 429x3@2,503x2@6,drop@9,cut@12 (request numbers from 1)");

  private ServeCommand() {}

  static int run(String[] args, Terminal terminal) throws InterruptedException {
    Options options = Options.parse(args, Set.of("students", "port", "token", "faults"), Set.of("help"));
    if (options.flag("help")) {
      terminal.out().println(HELP);
      return ExitCode.OK;
    }
    int students = options.integer("students", DemoDistrict.DEFAULT_STUDENTS, GeneratedDistrict.MIN_STUDENTS,
        GeneratedDistrict.MAX_STUDENTS);
    int port = options.integer("port", 0, 0, 65_535);
    CleverStandIn.Builder builder = CleverStandIn.builder(DemoDistrict.generate(students)).port(port);
    String token = options.value("token").orElse(PlanCommand.DEMO_TOKEN);
    if (token.isBlank()) {
      throw new UsageException("option --token must not be blank");
    }
    builder.token(token);
    builder.faults(options.faults("faults"));
    CleverStandIn standIn = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      standIn.close();
      stopped.countDown();
    }, "clever-stand-in-shutdown"));
    terminal.out().println("Clever stand-in serving the demo district (" + students + " students) at "
        + standIn.baseUrl());
    terminal.out().println("Clients send the token given with --token (demo-token by default). Stop with Ctrl-C.");
    terminal.out().flush();
    stopped.await();
    return ExitCode.OK;
  }
}
