package com.classtag.examples.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what environment it reads, so tests run commands in-process and
 * capture both streams.
 *
 * @param out the standard output: the plan, or what a command produces
 * @param err the standard error: progress and error messages
 * @param env the environment variables, such as {@code CLEVER_TOKEN}
 */
public record Terminal(PrintStream out, PrintStream err, Map<String, String> env) {
  /** Returns the process's own streams and environment. */
  public static Terminal system() {
    return new Terminal(System.out, System.err, System.getenv());
  }
}
