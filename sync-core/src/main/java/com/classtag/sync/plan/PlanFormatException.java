package com.classtag.sync.plan;

/**
 * A plan's JSON is malformed, truncated, of the wrong shape, or of an unsupported schema version.
 * The message and {@link #path()} name the offending place, for example {@code
 * $.decisions[3].kind}. The message never quotes decision values, which may hold personal data.
 */
public final class PlanFormatException extends RuntimeException {
  /** The JSON path of the offending value. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value
   * @param message what is wrong there
   * @param cause the underlying parse error, or null
   */
  public PlanFormatException(String path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** {@return the JSON path of the offending value, for example {@code $.decisions[3].kind}} */
  public String path() {
    return path;
  }
}
