package com.classtag.sync.jdbc;

/**
 * The store could not do what was asked: the database failed, or refused the request. Subclasses
 * say which request was refused and what to do. Messages name tables, ids and versions, never
 * personal data.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param cause the database's error, or {@code null}
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
