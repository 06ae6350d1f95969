package com.classtag.clever.client;

import java.util.Optional;

/**
 * Clever answered with an error status. The subclass tells which kind; {@link #status()} tells the
 * exact status, {@link #serverMessage()} what Clever said and {@link #bodyExcerpt()} the start of
 * the body.
 *
 * <p>The message names the request and the status but never quotes the server: an error page can
 * echo a request or a record. {@link #serverMessage()} and {@link #bodyExcerpt()} are
 * server-provided text, bounded, that may hold personal data; see {@link ErrorDetails}.
 */
public abstract class CleverServiceException extends CleverException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  protected CleverServiceException(String message, ErrorDetails details) {
    super(message, details, null);
    if (details.status().isEmpty()) {
      throw new IllegalArgumentException("a service exception needs a response status");
    }
  }

  /** {@return the HTTP status} */
  public int status() {
    return details().status().getAsInt();
  }

  /**
   * {@return the message of the body's {@code message} or {@code error} field (or an HTML page's
   * title), at most {@value ErrorDetails#MAX_SERVER_MESSAGE} characters, if it had one}
   * Server-provided text that may hold personal data: not to be logged unfiltered.
   */
  public Optional<String> serverMessage() {
    return details().serverMessage();
  }

  /**
   * {@return the start of the body (at most {@value ErrorDetails#MAX_EXCERPT} characters), if any}
   * Server-provided text that may hold personal data: not to be logged unfiltered.
   */
  public Optional<String> bodyExcerpt() {
    return details().bodyExcerpt();
  }
}
