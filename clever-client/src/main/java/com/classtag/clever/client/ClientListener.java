package com.classtag.clever.client;

import java.io.IOException;
import java.time.Duration;

/**
 * Observes what a client does, for metrics and progress reports, in the manner of OkHttp's
 * {@code EventListener}. Every method has an empty default; override the ones you need. Set it with
 * {@link CleverClient.Builder#listener}.
 *
 * <p>Events come in pairs and nest like this, per call:
 *
 * <pre>
 * requestSent ─┬─ responseReceived ─┬─ (2xx) ... pageFetched          when a listing page is read
 *              │                    └─ (429/5xx) retryScheduled → requestSent ...
 *              └─ requestFailed ──── retryScheduled → requestSent ... (I/O failure)
 * snapshotProgress                                                      per page while a snapshot reads
 * </pre>
 *
 * <p>Each {@link RequestSent} is followed by exactly one {@link ResponseReceived} or {@link RequestFailed}
 * carrying the same {@code RequestSent} instance. Methods are called on the thread doing the work, possibly
 * many at once, so implementations must be thread-safe and quick. An exception thrown by a listener is
 * logged and ignored; it never fails a call. No event carries the token or a record's content.
 */
public interface ClientListener {
  /** A listener that ignores every event. */
  ClientListener NONE = new ClientListener() {};

  /**
   * A request is about to be sent.
   *
   * @param event what is sent
   */
  default void requestSent(RequestSent event) {}

  /**
   * The response headers of a request arrived.
   *
   * @param event the status and time taken
   */
  default void responseReceived(ResponseReceived event) {}

  /**
   * A request failed without a response (connection reset, timeout ...).
   *
   * @param event the failure
   */
  default void requestFailed(RequestFailed event) {}

  /**
   * A failed request will be retried after a delay.
   *
   * @param event the delay and the reason
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * A page of a listing was read completely.
   *
   * @param event the page's path and record count
   */
  default void pageFetched(PageFetched event) {}

  /**
   * A roster snapshot made progress on one of its collections.
   *
   * @param event the collection and its record count so far
   */
  default void snapshotProgress(SnapshotProgress event) {}

  /**
   * A request about to be sent.
   *
   * @param method the HTTP method, {@code GET}
   * @param path the path and query, such as {@code /v3.0/users?limit=10000}; never the host or token
   * @param attempt 1 for the first request of a call, 2 for its first retry, and so on
   */
  record RequestSent(String method, String path, int attempt) {}

  /**
   * The response headers of a request.
   *
   * @param request the request, the same instance {@link #requestSent} saw
   * @param status the HTTP status
   * @param elapsed the time from sending to the headers, by the client's clock
   */
  record ResponseReceived(RequestSent request, int status, Duration elapsed) {}

  /**
   * A request that failed without a response.
   *
   * @param request the request, the same instance {@link #requestSent} saw
   * @param failure the I/O failure
   * @param elapsed the time from sending to the failure, by the client's clock
   */
  record RequestFailed(RequestSent request, IOException failure, Duration elapsed) {}

  /**
   * A retry about to be waited for.
   *
   * @param failed the request that failed
   * @param delay how long the client waits before the retry
   * @param reason why, such as {@code status 503} or {@code I/O: java.net.SocketException}
   */
  record RetryScheduled(RequestSent failed, Duration delay, String reason) {}

  /**
   * A page of a listing, read completely.
   *
   * @param path the page's path and query
   * @param records how many records it held
   * @param hasNext whether it had a next link
   */
  record PageFetched(String path, int records, boolean hasNext) {}

  /**
   * Progress of a roster snapshot on one collection.
   *
   * @param collection the collection, such as {@code users}
   * @param records how many records of it have been read so far
   * @param complete whether the collection has been read completely
   */
  record SnapshotProgress(String collection, long records, boolean complete) {}
}
