package com.classtag.examples.cli;

/**
 * Bad arguments or a bad input file: the command line exits with {@link ExitCode#BAD_INPUT} and
 * prints the message, which names the option, or the file and the JSON path, at fault.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where, in words a user acts on
   */
  public UsageException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that revealed it.
   *
   * @param message what is wrong and where, in words a user acts on
   * @param cause the underlying failure
   */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
