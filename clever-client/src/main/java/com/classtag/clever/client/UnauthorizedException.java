package com.classtag.clever.client;

/**
 * The token was refused: 401 (missing, invalid or revoked token) or 403 (the token may not read this resource, for example sections without Secure Sync). Not retried.
 */
public final class UnauthorizedException extends CleverServiceException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public UnauthorizedException(String message, ErrorDetails details) {
    super(message, details);
  }
}
