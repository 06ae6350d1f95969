package com.classtag.clever.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Observes what a client does, for metrics and progress reports, in the manner of OkHttp's {@code
 * EventListener}. Every method has an empty default; override the ones you need. Set it with {@link
 * CleverClient.Builder#listener}.
 *
 * <p>A call is one logical read: a single record, or one page of a listing, with all its retries.
 * Each call is announced by {@link #callStarted} and then, exactly once, by {@link #callEnded} (its
 * body was read: the status, the attempts, the bytes, the duration and the rate limit left) or
 * {@link #callFailed} (the exception the caller got, or a {@link
 * java.util.concurrent.CancellationException} when the caller closed a listing before its page was
 * read). That holds on retries, broken bodies, interrupts and closed clients alike, so metrics
 * built on these two events add up. {@link LoggingListener} logs them, one line per call.
 *
 * <p>Within a call, request events come in pairs and nest like this:
 *
 * <pre>
 * callStarted
 * requestSent ─┬─ responseReceived ─┬─ (2xx) ... pageFetched          when a listing page is read
 *              │                    └─ (429/5xx) retryScheduled → requestSent ...
 *              └─ requestFailed ──── retryScheduled → requestSent ... (I/O failure)
 * callEnded | callFailed
 * snapshotProgress                                                      per page while a snapshot reads
 * </pre>
 *
 * <p>Each {@link RequestSent} is followed by exactly one {@link ResponseReceived} or {@link
 * RequestFailed} carrying the same {@code RequestSent} instance. Methods are called on the thread
 * doing the work, possibly many at once, so implementations must be thread-safe and quick. An
 * exception thrown by a listener is logged and ignored; it never fails a call. No event carries the
 * token or a record's content.
 */
public interface ClientListener {
  /** A listener that ignores every event. */
  ClientListener NONE = new ClientListener() {};

  /**
   * A call starts; exactly one {@link #callEnded} or {@link #callFailed} with the same event
   * follows.
   *
   * @param event the call
   */
  default void callStarted(CallStarted event) {}

  /**
   * A call ended: its response body was read.
   *
   * @param event the outcome
   */
  default void callEnded(CallEnded event) {}

  /**
   * A call failed, or was given up by the caller.
   *
   * @param event the failure
   */
  default void callFailed(CallFailed event) {}

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
   * A call that started.
   *
   * @param method the HTTP method, {@code GET}
   * @param path the first request's path and query, such as {@code /v3.0/users?limit=10000}; never
   *     the host or token
   * @param started when it started, by the client's clock
   */
  record CallStarted(String method, String path, Instant started) {}

  /**
   * A call that ended with its body read.
   *
   * @param call the call, the same instance {@link #callStarted} saw
   * @param status the HTTP status of the last response
   * @param attempts how many requests the call made, 1 when it was not retried
   * @param bytes how many bytes of the last response's body were read
   * @param duration the time from the start to the end, by the client's clock
   * @param rateLimitRemaining the fewest requests left in any rate-limit window the last response
   *     reported, if it reported one
   */
  record CallEnded(
      CallStarted call,
      int status,
      int attempts,
      long bytes,
      Duration duration,
      OptionalLong rateLimitRemaining) {}

  /**
   * A call that failed.
   *
   * @param call the call, the same instance {@link #callStarted} saw
   * @param failure the exception the caller got (usually a {@link CleverException}), or a {@link
   *     java.util.concurrent.CancellationException} if the caller gave the call up
   * @param attempts how many requests the call made; 0 if it failed before sending one
   * @param duration the time from the start to the failure, by the client's clock
   */
  record CallFailed(CallStarted call, Throwable failure, int attempts, Duration duration) {}

  /**
   * A request about to be sent.
   *
   * @param method the HTTP method, {@code GET}
   * @param path the path and query, such as {@code /v3.0/users?limit=10000}; never the host or
   *     token
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
