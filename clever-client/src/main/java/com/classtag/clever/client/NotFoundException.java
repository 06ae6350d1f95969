package com.classtag.clever.client;

/**
 * 404: the resource does not exist, or is not shared with this token (unshared or deleted records
 * read as not found). Not retried.
 */
public final class NotFoundException extends CleverServiceException {
  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public NotFoundException(String message, ErrorDetails details) {
    super(message, details);
  }
}
