package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.CallEnded;
import com.classtag.clever.client.ClientListener.CallFailed;
import com.classtag.clever.client.ClientListener.CallStarted;
import com.classtag.clever.client.ClientListener.RequestSent;
import com.classtag.clever.client.RateLimitBucket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The state of one logical call (one resource, or one page of a listing) across its attempts: when
 * it started, how many requests it made, and why the client stopped retrying. Used by one thread at
 * a time.
 *
 * <p>A call made by {@link #start} announces itself to the listener with {@code callStarted}, and
 * then, exactly once, with {@code callEnded} ({@link #ended}) or {@code callFailed} ({@link
 * #failed}): whichever comes first wins and later ones are ignored, so every path (retries, a
 * broken body, a closed iterator) may report its outcome without counting how others did.
 */
public final class CallContext {
  private final Instant started;
  private final CallStarted event;
  private final Listeners listeners;
  private final Clock clock;
  private int attempts;
  private int paced;
  private RequestSent lastSent;
  private String gaveUpBecause;
  private boolean over;

  /**
   * Creates a call that reports no events: a context for an exception about work that was no
   * request.
   *
   * @param started when the call started, by the client's clock
   */
  public CallContext(Instant started) {
    this(started, null, null, null);
  }

  private CallContext(Instant started, CallStarted event, Listeners listeners, Clock clock) {
    this.started = started;
    this.event = event;
    this.listeners = listeners;
    this.clock = clock;
    this.over = event == null;
  }

  /**
   * Starts a call and announces it with {@code callStarted}.
   *
   * @param uri the first request's URI
   * @param listeners where the call's events go
   * @param clock the client's clock
   * @return the call
   */
  public static CallContext start(URI uri, Listeners listeners, Clock clock) {
    Instant now = clock.instant();
    CallStarted event = new CallStarted("GET", Origin.pathAndQuery(uri), now);
    CallContext call = new CallContext(now, event, listeners, clock);
    listeners.emit(l -> l.callStarted(event));
    return call;
  }

  /**
   * Ends the call with its last response read, unless it already ended or failed.
   *
   * @param response the response whose body the call read
   */
  void ended(TransportResponse response) {
    if (over) {
      return;
    }
    over = true;
    int status = response.status();
    long bytes = response.bytesRead();
    OptionalLong remaining =
        RateLimitHeaders.buckets(response.headers(), clock.instant()).stream()
            .map(RateLimitBucket::remaining)
            .filter(OptionalLong::isPresent)
            .mapToLong(OptionalLong::getAsLong)
            .min();
    CallEnded ended = new CallEnded(event, status, attempts, bytes, elapsed(), remaining);
    listeners.emit(l -> l.callEnded(ended));
  }

  /**
   * Fails the call, unless it already ended or failed.
   *
   * @param failure why: the exception the caller gets, or a {@link
   *     java.util.concurrent.CancellationException} when the caller gave the call up
   */
  void failed(Throwable failure) {
    if (over) {
      return;
    }
    over = true;
    CallFailed failed = new CallFailed(event, failure, attempts, elapsed());
    listeners.emit(l -> l.callFailed(failed));
  }

  private Duration elapsed() {
    return Duration.between(started, clock.instant());
  }

  /** Returns when the call started. */
  public Instant started() {
    return started;
  }

  /** Returns how many requests the call has made. */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how many requests failed: every request so far but those Clever answered with a 429
   * carrying a reset time, which pace the call rather than fail it (the count {@code
   * RetryPolicy.maxAttempts} bounds).
   */
  public int failedAttempts() {
    return attempts - paced;
  }

  /** Counts the last request as paced: a 429 with a reset time, retried when Clever said. */
  void paced() {
    paced++;
  }

  /** Counts a new request and returns its attempt number, 1 for the first. */
  int nextAttempt() {
    return ++attempts;
  }

  /** Returns the last request sent, for events about it; null before the first. */
  RequestSent lastSent() {
    return lastSent;
  }

  void sent(RequestSent sent) {
    this.lastSent = sent;
  }

  /**
   * Returns why the client stopped retrying, such as {@code max attempts (5) reached}; null if it
   * did not.
   */
  public String gaveUpBecause() {
    return gaveUpBecause;
  }

  void giveUp(String reason) {
    this.gaveUpBecause = reason;
  }
}
