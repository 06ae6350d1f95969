package com.classtag.examples.cli;

import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Faults;
import com.classtag.examples.demo.DemoDistrict;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs the Clever stand-in with the demo district in the foreground until the
 * process is stopped, so the {@code plan} command, or any Clever client, can be pointed at it.
 */
@Command(
    name = "serve",
    synopsisHeading = "usage: ",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    versionProvider = Cli.Version.class,
    sortOptions = false,
    description =
        "Runs the Clever stand-in with the generated demo district on 127.0.0.1 until stopped.")
final class ServeCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(
      names = "--students",
      paramLabel = "N",
      converter = Converters.Students.class,
      description = "Size of the generated demo district (default 1500, up to 10000000).")
  private int students = DemoDistrict.DEFAULT_STUDENTS;

  @Option(
      names = "--port",
      paramLabel = "P",
      converter = Converters.Port.class,
      description = "Port on 127.0.0.1 (default: a free one).")
  private int port;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "Bearer token clients must send (default demo-token).")
  private String token = DistrictRead.DEMO_TOKEN;

  @Option(
      names = "--faults",
      paramLabel = "SPEC",
      converter = Converters.FaultSchedule.class,
      description =
          "Failures to inject, e.g. 429x3@2,503x2@6,drop@9,cut@12 (request numbers from 1).")
  private Faults faults = Faults.none();

  ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (token.isBlank()) {
      throw new UsageException("option --token must not be blank");
    }
    CleverStandIn standIn =
        CleverStandIn.builder(DemoDistrict.generate(students))
            .port(port)
            .token(token)
            .faults(faults)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  standIn.close();
                  stopped.countDown();
                },
                "clever-stand-in-shutdown"));
    terminal
        .out()
        .println(
            "Clever stand-in serving the demo district ("
                + students
                + " students) at "
                + standIn.baseUrl());
    terminal
        .out()
        .println(
            "Clients send the token given with --token (demo-token by default). Stop with Ctrl-C.");
    terminal.out().flush();
    stopped.await();
    return ExitCode.OK;
  }
}
