package com.classtag.clever.client;

/**
 * Clever no longer knows an events cursor: {@code GET /events/{cursor}} or the listing after it answered
 * 404. Clever keeps events for 30 days, so a cursor older than that (or taken while events were disabled)
 * is gone. Events after it can no longer be read; do a full resync, taking a new cursor with {@link
 * Events#latestId()} before it.
 */
public final class CursorExpiredException extends CleverException {
  private final String cursor;

  /**
   * Creates an exception.
   *
   * @param cursor the event id Clever no longer knows
   * @param details the request and response details
   * @param cause the {@link NotFoundException} that revealed it
   */
  public CursorExpiredException(String cursor, ErrorDetails details, Throwable cause) {
    super("events cursor " + cursor + " has expired or is unknown to Clever (events are kept for 30 days): "
        + "do a full resync and take a new cursor with events().latestId() before it", details, cause);
    this.cursor = cursor;
  }

  /** Returns the event id Clever no longer knows. */
  public String cursor() {
    return cursor;
  }
}
