package com.classtag.clever.client;

/**
 * Clever failed: a 5xx status. 500, 502, 503 and 504 were retried per the {@link RetryPolicy}
 * before this was thrown; 501 and others are not retried.
 */
public final class ServerException extends CleverServiceException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public ServerException(String message, ErrorDetails details) {
    super(message, details);
  }
}
