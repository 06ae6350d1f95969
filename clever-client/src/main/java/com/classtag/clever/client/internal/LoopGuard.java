package com.classtag.clever.client.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the pages one pass over a listing has requested, so that a next link repeating a page or a
 * cursor (which would loop forever) is caught. Constant time per page; used by one iterator.
 */
final class LoopGuard {
  private final Set<String> links = new HashSet<>();
  private final Set<String> cursors = new HashSet<>();

  /** Records the first page. */
  void start(URI first) {
    remember(first);
  }

  /**
   * Records a next page, unless it repeats an earlier one.
   *
   * @return why {@code next} would loop, or null if it is new
   */
  String repeats(URI next) {
    String cursor = Query.cursor(next);
    if (links.contains(next.toString())) {
      return describeLink(next);
    }
    if (cursor != null && cursors.contains(cursor)) {
      return describeCursor(cursor);
    }
    remember(next);
    return null;
  }

  private void remember(URI uri) {
    links.add(uri.toString());
    String cursor = Query.cursor(uri);
    if (cursor != null) {
      cursors.add(cursor);
    }
  }

  static String describeLink(URI next) {
    return "the next link " + Origin.pathAndQuery(next) + " repeats a page already read; stopping instead of "
        + "looping forever";
  }

  static String describeCursor(String cursor) {
    return "the next link's cursor starting_after=" + cursor + " repeats an earlier cursor; stopping instead "
        + "of looping forever";
  }
}
