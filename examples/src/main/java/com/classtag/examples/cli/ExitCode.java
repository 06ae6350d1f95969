package com.classtag.examples.cli;

/** The exit codes of the command line, as documented in its help. */
public final class ExitCode {
  /** The plan is ready (or the command finished normally). */
  public static final int OK = 0;

  /** Something unexpected failed inside the program itself. */
  public static final int INTERNAL = 1;

  /** Bad arguments or input files; the message names the option, or the file and field. */
  public static final int BAD_INPUT = 2;

  /** Clever was unreachable or refused; the message says why. */
  public static final int CLEVER_FAILED = 3;

  /** The plan is held by a safety rule; nothing in it should be applied. */
  public static final int HELD = 4;

  /**
   * {@code sync}: the database failed, or another run changed it meanwhile; nothing was applied.
   */
  public static final int STORE_FAILED = 5;

  private ExitCode() {}
}
