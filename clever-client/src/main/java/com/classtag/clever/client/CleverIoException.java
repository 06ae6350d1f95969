package com.classtag.clever.client;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * A call failed without a usable response: the connection failed or was reset, the response headers
 * did not arrive within the request timeout, or the body stalled past the body deadline. {@link
 * #wasRetried()} tells whether the client had already retried before giving up; the message says
 * why it stopped.
 */
public final class CleverIoException extends CleverException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the request details; {@link ErrorDetails#attempts()} counts the requests made
   * @param cause the I/O failure
   */
  public CleverIoException(String message, ErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }

  /** {@return whether the call had been retried before this was thrown} */
  public boolean wasRetried() {
    return details().attempts() > 1;
  }

  /** {@return whether the failure was a timeout (headers too late, or a stalled body)} */
  public boolean isTimeout() {
    return getCause() instanceof HttpTimeoutException
        || getCause() instanceof SocketTimeoutException;
  }
}
