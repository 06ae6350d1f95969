package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.RecordSource;

/**
 * Which slice of a collection one list request returns, and the links around it, worked out from
 * {@code limit}, {@code starting_after} and {@code ending_before} the way Clever pages: ascending
 * ids, a next link while records follow, a prev link after a cursor.
 */
record ListPlan(
    RecordSource source,
    int from,
    int to,
    String itemPath,
    String selfUri,
    String nextUri,
    String prevUri) {

  /**
   * Plans one page.
   *
   * @param source the collection
   * @param listPath the listing's path, such as {@code /v3.0/sections/{id}/users}, which next and
   *     prev links extend
   * @param itemPath the records' collection path, such as {@code /v3.0/users}, which item uris
   *     extend
   * @param selfUri the request's path and query, echoed as the self link
   * @param query the request's query
   * @param limit the page size, already validated
   */
  static ListPlan of(
      RecordSource source,
      String listPath,
      String itemPath,
      String selfUri,
      RequestQuery query,
      int limit) {
    String stem = listPath + "?" + query.withoutCursors();
    String joiner = query.withoutCursors().isEmpty() ? "" : "&";
    int size = source.size();
    int from;
    int to;
    String startingAfter = query.first("starting_after").orElse(null);
    String endingBefore = query.first("ending_before").orElse(null);
    boolean afterCursor = startingAfter != null;
    if (endingBefore != null) {
      to = endingBefore.equals("last") ? size : source.firstAtOrAfter(endingBefore);
      from = Math.max(0, to - limit);
    } else {
      from = afterCursor ? source.firstAfter(startingAfter) : 0;
      to = (int) Math.min((long) from + limit, size);
    }
    String next =
        to < size && to > from ? stem + joiner + "starting_after=" + source.id(to - 1) : null;
    String prev = null;
    if (from < to && (afterCursor || from > 0)) {
      prev = stem + joiner + "ending_before=" + source.id(from);
    }
    return new ListPlan(source, from, to, itemPath, selfUri, next, prev);
  }

  /** Returns this page with another next link, such as one that loops back to the page itself. */
  ListPlan withNext(String next) {
    return new ListPlan(source, from, to, itemPath, selfUri, next, prevUri);
  }
}
