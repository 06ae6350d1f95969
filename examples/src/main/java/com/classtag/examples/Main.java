package com.classtag.examples;

import com.classtag.examples.cli.Cli;
import com.classtag.examples.cli.Terminal;

/**
 * The examples jar's entry point: {@code plan} reads a Clever district and prints the sync plan,
 * {@code sync} runs the nightly loop against a database, {@code audit} reports what the district
 * overshares or forgot to share, {@code serve} runs the Clever stand-in, {@code completion} prints
 * a shell completion script. Run without arguments for help.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    System.exit(Cli.run(args, Terminal.system()));
  }
}
