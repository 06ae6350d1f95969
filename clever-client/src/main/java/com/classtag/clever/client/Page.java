package com.classtag.clever.client;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a listing, read completely: its records, and the way to the next page. Immutable;
 * fetching the next page makes a request each time it is called.
 *
 * <p>{@link #hasNextPage()} makes no request and tells only whether Clever sent a next link: the
 * next page may still be empty (Clever does that), and an empty page may still have a next page.
 *
 * @param <T> the record type
 */
public interface Page<T> {
  /** {@return the page's records, in Clever's order (ascending id)} */
  List<T> items();

  /** {@return whether Clever sent a next link} */
  boolean hasNextPage();

  /**
   * {@return the next link exactly as Clever sent it, such as {@code
   * /v3.0/users?starting_after=..}}
   */
  Optional<String> nextLink();

  /**
   * {@return the id of the last record of this page, or of the nearest earlier page that had
   * records: the cursor to resume the listing from with {@link AutoPager#resumeAfter}}
   */
  Optional<String> lastId();

  /**
   * Fetches the next page by following the next link verbatim.
   *
   * @return the next page
   * @throws NoSuchElementException if there is no next link
   * @throws UnexpectedResponseException if the next link points to another host, or repeats a link
   *     or cursor already followed in this chain of pages (it would loop forever)
   * @throws CleverException if the request fails
   */
  Page<T> nextPage();

  /**
   * Fetches the next page on the client's executor.
   *
   * @return the next page, or a future failed with what {@link #nextPage()} throws
   */
  CompletableFuture<Page<T>> nextPageAsync();
}
