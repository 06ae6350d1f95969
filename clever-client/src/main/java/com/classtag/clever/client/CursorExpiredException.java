package com.classtag.clever.client;

/**
 * Clever no longer knows an events cursor: {@code GET /events/{cursor}} or the listing after it
 * answered 404. Clever keeps events for 30 days, so a cursor older than that (or taken while events
 * were disabled) is gone. Events after it can no longer be read; do a full resync, taking a new
 * cursor with {@link Events#latestId()} before it.
 */
public final class CursorExpiredException extends CleverException {
  /** The event id Clever no longer knows. */
  private final String cursor;

  /**
   * Creates an exception.
   *
   * @param cursor the event id Clever no longer knows
   * @param details the request and response details
   * @param cause the {@link NotFoundException} that revealed it
   */
  public CursorExpiredException(String cursor, ErrorDetails details, Throwable cause) {
    this(
        "events cursor "
            + cursor
            + " has expired or is unknown to Clever (events are kept for 30 days): "
            + "do a full resync and take a new cursor with events().latestId() before it",
        cursor,
        details,
        cause);
  }

  private CursorExpiredException(
      String message, String cursor, ErrorDetails details, Throwable cause) {
    super(message, details, cause);
    this.cursor = cursor;
  }

  /**
   * Creates the exception for a later page of a listing after a cursor: the listing's own cursor
   * was found, but Clever answered 404 for the cursor of a later page (its previous page's next
   * link, or the last event read when a broken page is resumed).
   *
   * @param pageCursor the later page's cursor, which Clever did not find
   * @param listingCursor the cursor the listing started after, found moments before
   * @param details the request and response details
   * @param cause the {@link NotFoundException} that revealed it
   * @return the exception; its {@link #cursor()} is {@code pageCursor}
   */
  public static CursorExpiredException ofLaterPage(
      String pageCursor, String listingCursor, ErrorDetails details, Throwable cause) {
    return new CursorExpiredException(
        "the cursor of a later page, starting_after="
            + pageCursor
            + ", was not "
            + "found by Clever (404), although the listing's cursor "
            + listingCursor
            + " was found moments before: "
            + "events may have been removed while they were read. Events after it cannot be read reliably: do a full "
            + "resync and take a new cursor with events().latestId() before it",
        pageCursor,
        details,
        cause);
  }

  /**
   * {@return the event id Clever no longer knows: the listing's cursor, or that of the page that
   * failed}
   */
  public String cursor() {
    return cursor;
  }
}
