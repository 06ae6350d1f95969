package com.classtag.clever.client.internal;

import java.net.URI;

/**
 * The pages a chain of {@link com.classtag.clever.client.Page}s has requested, as an immutable list
 * from the newest page back, so that fetching a page's next page twice is fine but a next link
 * repeating an earlier page, or whose cursor goes back (see {@link LoopGuard}), is caught. Holds
 * links only, never records.
 */
final class LinkTrail {
  private final String link;
  private final String after;
  private final String before;
  private final LinkTrail parent;

  private LinkTrail(URI uri, LinkTrail parent) {
    this.link = uri.toString();
    String a = Query.cursorAfter(uri);
    String b = Query.cursorBefore(uri);
    // Each node carries the newest cursors of the chain, so checking a next link needs no walk for
    // them.
    this.after = a != null ? a : parent == null ? null : parent.after;
    this.before = b != null ? b : parent == null ? null : parent.before;
    this.parent = parent;
  }

  /** Returns a trail that starts at {@code first}. */
  static LinkTrail start(URI first) {
    return new LinkTrail(first, null);
  }

  /**
   * Returns this trail extended by {@code next}, which the caller checked with {@link #repeats}.
   */
  LinkTrail then(URI next) {
    return new LinkTrail(next, this);
  }

  /**
   * Returns why {@code next} must not be followed, or null if it may.
   *
   * @param next the next page
   * @param lastRead the id of the last record of the chain's pages, or null if they had none
   * @return the reason, or null
   */
  String repeats(URI next, String lastRead) {
    String nextLink = next.toString();
    for (LinkTrail t = this; t != null; t = t.parent) {
      if (t.link.equals(nextLink)) {
        return LoopGuard.describeLink(next);
      }
    }
    return LoopGuard.goesBack(next, lastRead, after, before);
  }
}
