package com.classtag.clever.client;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A listing, read lazily: nothing is requested until it is iterated, each page is requested only
 * when the previous one is used up, and records are handed out one by one as they are parsed from
 * the response body, so memory does not grow with the page size. Returned by every list method of
 * the client.
 *
 * <p>It follows Clever's {@code next} links verbatim (so filters and limits survive), stops when a
 * page has none, and goes on past empty pages while they have one. A next link that repeats an
 * earlier link or cursor fails with {@link UnexpectedResponseException} instead of looping. When a
 * body breaks off mid-page (reset, stalled past the body deadline), the client resumes after the
 * last record it handed out, within the {@link RetryPolicy}, so no record is lost or repeated.
 *
 * <p>Three ways to read it:
 *
 * <ul>
 *   <li>records: {@link #iterator()}, {@link #stream()}, {@link #forEach};
 *   <li>pages: {@link #firstPage()} then {@link Page#nextPage()};
 *   <li>asynchronously: {@link #firstPageAsync()}, or {@link #publisher()} for a {@link
 *       Flow.Publisher}.
 * </ul>
 *
 * <p>Immutable and thread-safe; each {@code iterator()}, {@code stream()} and subscription starts
 * the listing again from its first page. Iterators are not thread-safe. An iterator or stream that
 * is abandoned before its end holds a connection until closed: close the {@link #stream()}
 * (try-with-resources), or read to the end.
 *
 * <pre>{@code
 * try (Stream<User> users = client.users().list(UsersQuery.withRole(UserRole.TEACHER)).stream()) {
 *   users.filter(...).forEach(...);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public interface AutoPager<T> extends Iterable<T> {
  /**
   * Starts the listing and returns an iterator over its records. {@code hasNext()} and {@code
   * next()} throw {@link CleverException} when a request fails.
   */
  @Override
  Iterator<T> iterator();

  /**
   * Hands every record of the listing to {@code action}, then releases the connection, also when
   * the action or a request throws.
   *
   * @param action the action
   * @throws CleverException if a request fails
   */
  @Override
  void forEach(Consumer<? super T> action);

  /**
   * Starts the listing as a sequential stream; closing the stream releases the connection.
   *
   * @return the stream
   */
  Stream<T> stream();

  /**
   * Fetches the first page, read completely.
   *
   * @return the first page
   * @throws CleverException if the request fails
   */
  Page<T> firstPage();

  /**
   * Fetches the first page on the client's executor.
   *
   * @return the first page, or a future failed with what {@link #firstPage()} throws
   */
  CompletableFuture<Page<T>> firstPageAsync();

  /**
   * Returns a publisher of the listing's records. Each subscriber gets its own listing, read on the
   * client's executor as the subscriber requests records: a page is fetched only when demand
   * reaches it. Signals are serial; a failed request ends the subscription with {@code
   * onError(CleverException)}; cancelling releases the connection. {@code onComplete} is signalled
   * once the subscriber has demand past the last record, since only reading on finds out that there
   * is none.
   *
   * @return the publisher
   */
  Flow.Publisher<T> publisher();

  /**
   * Returns this listing resumed after a record: it starts with the records whose id follows {@code
   * lastId} ({@code starting_after}), keeping every other parameter. Use it to continue after a
   * failure from the id of the last record processed.
   *
   * @param lastId the id of the last record processed
   * @return the resumed listing
   * @throws IllegalArgumentException if {@code lastId} is blank
   */
  AutoPager<T> resumeAfter(String lastId);
}
