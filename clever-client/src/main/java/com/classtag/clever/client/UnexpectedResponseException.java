package com.classtag.clever.client;

/**
 * Clever's response is one this client refuses to act on, because acting on it could leak the
 * token, loop forever or return wrong data: a redirect (redirects are never followed), a next link
 * to another host or with a cursor already seen, a status outside what Clever documents, or a
 * district token that sees other than exactly one district. Not retried.
 */
public final class UnexpectedResponseException extends CleverException {
  /**
   * Creates an exception.
   *
   * @param message what was refused and why
   * @param details the request and response details
   * @param cause the underlying failure, or null
   */
  public UnexpectedResponseException(String message, ErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
