package com.classtag.clever.client;

/**
 * Clever answered 403: the token is valid but may not read this resource. The token lacks the scope
 * (the district did not share that data with the app), or the endpoint needs Secure Sync (sections,
 * events) or a v3.1 grant. Unlike an {@link UnauthorizedException} (401), the token itself is fine:
 * other reads with it still work. Not retried.
 */
public final class PermissionDeniedException extends CleverServiceException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public PermissionDeniedException(String message, ErrorDetails details) {
    super(message, details);
  }
}
