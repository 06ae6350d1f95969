package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.standin.CleverData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Runs the command line in-process with captured output, and a client that never really sleeps. */
record CliRun(int exitCode, String out, String err) {
  /**
   * A client tuning that waits for nothing: retries happen at once, so fault tests take no wall
   * time.
   */
  static final UnaryOperator<CleverClient.Builder> NO_SLEEP =
      builder -> builder.sleeper(duration -> {});

  static CliRun run(Map<String, String> env, String... args) {
    return run(new Tuning(NO_SLEEP, UnaryOperator.identity()), env, args);
  }

  static CliRun run(Tuning tuning, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    int code = Cli.run(args, terminal, tuning);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs {@code plan} with the given options. */
  static CliRun plan(String... options) {
    return plan(Map.of(), options);
  }

  static CliRun plan(Map<String, String> env, String... options) {
    return run(env, planArgs(options));
  }

  /**
   * Runs {@code plan} with {@code --demo} serving {@code data} instead of the generated demo
   * district.
   */
  static CliRun planServing(CleverData data, String... options) {
    return run(new Tuning(NO_SLEEP, generated -> data), Map.of(), planArgs(options));
  }

  private static String[] planArgs(String... options) {
    List<String> args = new ArrayList<>(List.of("plan"));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }
}
