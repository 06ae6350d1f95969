package com.classtag.clever.client;

import com.classtag.clever.model.CleverJsonException;

/**
 * A response body is not the JSON Clever documents: malformed, truncated, or the wrong shape. Not
 * retried, since the same request would most likely get the same body. {@link #jsonPath()} names
 * where in the body the problem is, such as {@code $.data[3].data.id}; the message never quotes the
 * body, which holds roster data. {@link ResponseLimitException}, a subclass, is a body that exceeds
 * one of the client's {@link ResponseLimits}.
 */
public class InvalidDataException extends CleverException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the request and response details
   * @param cause the model's parse error, with its JSON path
   */
  public InvalidDataException(String message, ErrorDetails details, CleverJsonException cause) {
    super(message, details, cause);
  }

  /** {@return the JSON path at fault, such as {@code $.data[3].data.id}} */
  public String jsonPath() {
    return ((CleverJsonException) getCause()).path();
  }
}
