package com.classtag.clever.client.internal;

import java.net.URI;

/**
 * The pages a chain of {@link com.classtag.clever.client.Page}s has requested, as an immutable list from the
 * newest page back, so that fetching a page's next page twice is fine but a next link repeating an earlier
 * page or cursor is caught. Holds links only, never records.
 */
final class LinkTrail {
  private final String link;
  private final String cursor;
  private final LinkTrail parent;

  private LinkTrail(URI uri, LinkTrail parent) {
    this.link = uri.toString();
    this.cursor = Query.cursor(uri);
    this.parent = parent;
  }

  /** Returns a trail that starts at {@code first}. */
  static LinkTrail start(URI first) {
    return new LinkTrail(first, null);
  }

  /** Returns this trail extended by {@code next}, which the caller checked with {@link #repeats}. */
  LinkTrail then(URI next) {
    return new LinkTrail(next, this);
  }

  /**
   * Returns why {@code next} would loop, or null if no page of this trail has its link or cursor.
   *
   * @param next the next page
   * @return the reason, or null
   */
  String repeats(URI next) {
    String nextLink = next.toString();
    String nextCursor = Query.cursor(next);
    for (LinkTrail t = this; t != null; t = t.parent) {
      if (t.link.equals(nextLink)) {
        return LoopGuard.describeLink(next);
      }
      if (nextCursor != null && nextCursor.equals(t.cursor)) {
        return LoopGuard.describeCursor(nextCursor);
      }
    }
    return null;
  }
}
