package com.classtag.clever.client;

import java.util.Optional;

/**
 * Clever's auth host ({@code clever.com/oauth}) refused a request, such as the district-token
 * listing, answering {@code {"error": .., "error_description": ..}}. The message says how to fix
 * it: usually wrong or rotated client credentials ({@code CLEVER_CLIENT_ID}, {@code
 * CLEVER_CLIENT_SECRET}). Not retried.
 */
public final class CleverAuthException extends CleverServiceException {
  /** The OAuth error code, if the auth host gave one; see {@link #error()}. */
  private final String error;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details; must have a status
   * @param error the OAuth error code, such as {@code invalid_client}, or null if the body had none
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public CleverAuthException(String message, ErrorDetails details, String error) {
    super(message, details);
    this.error = error;
  }

  /**
   * {@return the OAuth error code the auth host gave ({@code invalid_client}, {@code
   * invalid_request} ...), if any} Only a code's characters are kept; the free-text {@code
   * error_description} is in {@link #serverMessage()}.
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
