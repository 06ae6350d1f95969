package com.classtag.clever.client;

/**
 * The request was refused as malformed or too large: 400, 413 and any other 4xx without a class of
 * its own. Not retried; fix the request (for 413, a page size over 10,000).
 */
public final class BadRequestException extends CleverServiceException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public BadRequestException(String message, ErrorDetails details) {
    super(message, details);
  }
}
