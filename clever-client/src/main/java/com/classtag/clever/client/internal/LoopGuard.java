package com.classtag.clever.client.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the pages one pass over a listing has requested, so that a next link that would loop
 * forever or hand out records again is caught before it is followed: one repeating a page, or one
 * whose cursor is not beyond the last one seen. Clever lists records in ascending id order and its
 * next link resumes after the last record of the page, so a {@code starting_after} cursor must
 * never be below the last record read nor at or below an earlier {@code starting_after}, and an
 * {@code ending_before} cursor must keep falling. Constant time per page; used by one iterator.
 */
final class LoopGuard {
  private final Set<String> links = new HashSet<>();
  private String after;
  private String before;

  /** Records the first page. */
  void start(URI first) {
    remember(first);
  }

  /**
   * Records a next page, unless following it would repeat a page or go back.
   *
   * @param next the next page
   * @param lastRead the id of the last record read in this pass, or null if none was
   * @return why {@code next} must not be followed, or null if it may
   */
  String repeats(URI next, String lastRead) {
    if (links.contains(next.toString())) {
      return describeLink(next);
    }
    String why = goesBack(next, lastRead, after, before);
    if (why != null) {
      return why;
    }
    remember(next);
    return null;
  }

  private void remember(URI uri) {
    links.add(uri.toString());
    String a = Query.cursorAfter(uri);
    if (a != null) {
      after = a;
    }
    String b = Query.cursorBefore(uri);
    if (b != null) {
      before = b;
    }
  }

  static String describeLink(URI next) {
    return "the next link "
        + Origin.pathAndQuery(next)
        + " repeats a page already read; stopping instead of "
        + "looping forever";
  }

  /**
   * Returns why following {@code next} would go back in the listing, or null if its cursor is
   * beyond every one seen. Ids compare as strings: Clever's ids are fixed-length lower-case hex,
   * whose string order is their listing order.
   *
   * @param next the next page
   * @param lastRead the id of the last record read, or null
   * @param after the last {@code starting_after} cursor followed, decoded, or null
   * @param before the last {@code ending_before} cursor followed, decoded, or null
   * @return the reason, or null
   */
  static String goesBack(URI next, String lastRead, String after, String before) {
    String a = Query.cursorAfter(next);
    if (a != null && after != null && a.compareTo(after) <= 0) {
      return "the next link's cursor starting_after="
          + a
          + " is not beyond the earlier cursor starting_after="
          + after
          + "; stopping instead of looping or handing out records again";
    }
    if (a != null && lastRead != null && a.compareTo(lastRead) < 0) {
      return "the next link's cursor starting_after="
          + a
          + " is not beyond the last record read, "
          + lastRead
          + "; stopping before any record is handed out twice";
    }
    String b = Query.cursorBefore(next);
    if (b != null && before != null && b.compareTo(before) >= 0) {
      return "the next link's cursor ending_before="
          + b
          + " is not beyond the earlier cursor ending_before="
          + before
          + "; stopping instead of looping or handing out records again";
    }
    return null;
  }
}
