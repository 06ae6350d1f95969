package com.classtag.clever.client;

import com.classtag.clever.model.CleverJsonException;

/**
 * A response body exceeds one of the client's {@link ResponseLimits}: more records in a page than
 * it asked for (plus the margin), more bytes, or a longer string value. Any real Clever response
 * stays far below the limits, so the server (or a proxy in front of it) is broken or hostile; the
 * call fails at once, not retried, holding no more than the limit. The message names the limit and
 * how to raise it; {@link #jsonPath()} says where in the body it was exceeded.
 */
public final class ResponseLimitException extends InvalidDataException {
  /** The name of the limit passed. */
  private final String limit;

  /** The limit's value. */
  private final long value;

  /**
   * Creates an exception.
   *
   * @param message what was exceeded and how to raise the limit
   * @param details the request and response details
   * @param cause the parse position where the limit was exceeded
   * @param limit the limit's name, such as {@code maxStringChars}
   * @param value the limit's value
   */
  public ResponseLimitException(
      String message, ErrorDetails details, CleverJsonException cause, String limit, long value) {
    super(message, details, cause);
    this.limit = limit;
    this.value = value;
  }

  /**
   * {@return the name of the limit exceeded: a method of {@link ResponseLimits}, such as {@code
   * maxStringChars}}
   */
  public String limit() {
    return limit;
  }

  /** {@return the value of the limit exceeded (records, bytes or characters)} */
  public long limitValue() {
    return value;
  }
}
