package com.classtag.clever.model;

/**
 * Thrown when JSON cannot be read into a model: it is malformed, truncated, or has the wrong shape
 * where a model needs a specific one (an array where an object belongs, a number where a required
 * id belongs).
 *
 * <p>This is the only exception the readers in {@link CleverJson} throw for bad input; no
 * half-filled model is ever returned. The message names the JSON path (for example {@code
 * $.data[3].data.id}) and what was expected, and never includes a value from the input, which may
 * be personal data.
 */
public final class CleverJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the value at fault, such as {@code $.data[3].data.id}. */
  private final String path;

  /**
   * Creates an exception.
   *
   * @param path the JSON path at fault, such as {@code $.data[0].data.id}
   * @param problem what was wrong, without input values
   * @param cause the underlying parser error, or null
   */
  public CleverJsonException(String path, String problem, Throwable cause) {
    super(problem + " at " + path, cause);
    this.path = path;
  }

  /** {@return the JSON path at fault, such as {@code $.data[0].data.roles.student.grade}} */
  public String path() {
    return path;
  }
}
