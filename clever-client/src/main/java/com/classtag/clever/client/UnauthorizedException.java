package com.classtag.clever.client;

/**
 * The token was refused with 401: it is missing, invalid or revoked (the district may have removed
 * the app). Not retried. A 403, a valid token that may not read a resource, is a {@link
 * PermissionDeniedException}.
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
