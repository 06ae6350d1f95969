package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.RetryScheduled;
import com.classtag.clever.client.RateLimitBucket;
import com.classtag.clever.client.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Decides whether a failed attempt is retried and after how long, following a {@link RetryPolicy}
 * (see its description for the rules), and waits. Shared by every call of a client: it owns the
 * client-wide {@link RetryBudget}. A decision to retry is announced to the listener before the
 * wait.
 */
public final class Retrier {
  private static final Duration RESET_JITTER = Duration.ofSeconds(1);

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final Wiring runtime;

  /**
   * The seams and sinks a retrier uses.
   *
   * @param seams time, waiting and randomness
   * @param listeners where retry events go
   * @param limiter paused when Clever reports an exhausted window, so every thread holds off
   */
  public record Wiring(Seams seams, Listeners listeners, RateLimiter limiter) {}

  /**
   * Creates a retrier.
   *
   * @param policy the retry policy
   * @param runtime the seams and sinks
   */
  public Retrier(RetryPolicy policy, Wiring runtime) {
    this.policy = policy;
    this.budget = new RetryBudget(policy.retryBudget());
    this.runtime = runtime;
  }

  /**
   * Returns whether Clever's response status is worth retrying for a GET.
   *
   * @param status the HTTP status
   * @return true for 429, 500, 502, 503 and 504
   */
  public static boolean isRetryableStatus(int status) {
    switch (status) {
      case 429: // rate limited: refused unprocessed, so it succeeds once the window resets
      case 500: // internal error: Clever's docs say to wait and retry
      case 502: // bad gateway: a proxy in front of Clever lost its upstream; usually transient
      case 503: // unavailable: overload or maintenance; transient by definition
      case 504: // gateway timeout: the upstream was slow; a later GET can succeed
        return true;
      default: // 4xx are the caller's to fix, and 501 will not start working on a retry
        return false;
    }
  }

  /**
   * Decides about a response with a retryable status, announcing the retry if there is one. The
   * caller closes the response, then calls {@link #await}.
   *
   * @param call the call
   * @param response the response
   * @return the wait before the retry, or empty if the call must fail now (the reason is in {@code
   *     call})
   */
  public Optional<Duration> decide(CallContext call, TransportResponse response) {
    Instant now = runtime.seams().clock().instant();
    int status = response.status();
    Optional<Duration> serverWait = RateLimitHeaders.retryAfter(response.headers(), now);
    Duration wait;
    boolean rateLimited = status == 429;
    if (rateLimited) {
      List<RateLimitBucket> buckets = RateLimitHeaders.buckets(response.headers(), now);
      Optional<Instant> reset = RateLimitHeaders.resetOfExhausted(buckets);
      if (serverWait.isEmpty() && reset.isPresent()) {
        Duration untilReset = Duration.between(now, reset.get());
        serverWait =
            Optional.of(
                (untilReset.isNegative() ? Duration.ZERO : untilReset).plus(jitter(RESET_JITTER)));
      }
    }
    boolean paced = false;
    if (serverWait.isPresent()) {
      wait = serverWait.get();
      if (wait.compareTo(policy.maxRateLimitWait()) > 0) {
        call.giveUp(
            "Clever asked to wait "
                + wait.toSeconds()
                + "s, longer than the "
                + policy.maxRateLimitWait().toSeconds()
                + "s the retry policy waits (RetryPolicy.maxRateLimitWait)");
        return Optional.empty();
      }
      if (rateLimited) {
        runtime.limiter().pauseUntil(now.plus(wait));
        paced = true;
      }
    } else {
      wait = backoff(call.failedAttempts());
    }
    // A 429 retry only follows the server's own schedule, so it adds no load and draws nothing from
    // the budget. One with a wait is Clever pacing the client, not a failure: it costs no attempt
    // either (the total time budget and maxRateLimitWait still bound it), so throttling alone
    // cannot use up maxAttempts.
    Optional<Duration> retry = allow(call, wait, "status " + status, !rateLimited, paced);
    if (retry.isPresent() && paced) {
      call.paced();
    }
    return retry;
  }

  /**
   * Decides about an I/O failure, announcing the retry if there is one. The caller releases what it
   * holds, then calls {@link #await}.
   *
   * @param call the call
   * @param failure the failure
   * @return the wait before the retry, or empty if the call must fail now (the reason is in {@code
   *     call})
   */
  public Optional<Duration> decide(CallContext call, IOException failure) {
    if (!isRetryable(failure)) {
      call.giveUp(
          failure instanceof InterruptedIOException
              ? "the thread was interrupted"
              : "a TLS handshake or certificate failure does not heal on retry");
      return Optional.empty();
    }
    return allow(
        call, backoff(call.failedAttempts()), "I/O: " + failure.getClass().getName(), true, false);
  }

  /**
   * Waits before a retry.
   *
   * @param delay the wait {@code decide} returned
   * @throws InterruptedIOException if interrupted while waiting; the interrupt flag is set again
   */
  public void await(Duration delay) throws InterruptedIOException {
    try {
      runtime.seams().sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
  }

  /** Records a successful request, which earns back part of the retry budget. */
  public void onSuccess() {
    budget.onSuccess();
  }

  /**
   * Pauses the rate limiter when a response reports an exhausted window (proactive throttling): the
   * next request would only get a 429.
   *
   * @param response any response
   */
  public void observe(TransportResponse response) {
    Instant now = runtime.seams().clock().instant();
    List<RateLimitBucket> buckets = RateLimitHeaders.buckets(response.headers(), now);
    if (response.status() != 429 && buckets.stream().anyMatch(RateLimitBucket::isExhausted)) {
      RateLimitHeaders.resetOfExhausted(buckets)
          .ifPresent(
              reset -> {
                Instant capped = now.plus(policy.maxRateLimitWait());
                runtime.limiter().pauseUntil(reset.isAfter(capped) ? capped : reset);
              });
    }
  }

  private Optional<Duration> allow(
      CallContext call, Duration wait, String reason, boolean costsBudget, boolean paced) {
    int failed = call.failedAttempts();
    if (!paced && failed >= policy.maxAttempts()) {
      call.giveUp(
          "gave up after "
              + failed
              + (failed == 1 ? " failed attempt" : " failed attempts")
              + " (RetryPolicy.maxAttempts"
              + (call.attempts() > failed
                  ? "; the "
                      + (call.attempts() - failed)
                      + " paced by 429s with a reset time are not counted)"
                  : ")"));
      return Optional.empty();
    }
    Instant retryAt = runtime.seams().clock().instant().plus(wait);
    if (retryAt.isAfter(call.started().plus(policy.totalTimeout()))) {
      call.giveUp(
          "a retry in "
              + wait.toMillis()
              + " ms would pass the call's total time budget of "
              + policy.totalTimeout().toSeconds()
              + "s (RetryPolicy.totalTimeout)");
      return Optional.empty();
    }
    if (costsBudget && !budget.tryAcquire()) {
      call.giveUp(
          "the client-wide retry budget is exhausted by recent failures (RetryPolicy.retryBudget); "
              + "not retrying, to avoid a retry storm");
      return Optional.empty();
    }
    runtime
        .listeners()
        .emit(l -> l.retryScheduled(new RetryScheduled(call.lastSent(), wait, reason)));
    return Optional.of(wait);
  }

  /**
   * Full jitter: a uniformly random wait between zero and the capped exponential delay of this
   * retry.
   */
  private Duration backoff(int failedAttempts) {
    int shift = Math.min(Math.max(failedAttempts - 1, 0), 30);
    long capNanos = policy.baseDelay().toNanos() << shift;
    if (capNanos <= 0 || capNanos > policy.maxDelay().toNanos()) {
      capNanos = policy.maxDelay().toNanos();
    }
    return Duration.ofNanos((long) (runtime.seams().random().nextDouble() * capNanos));
  }

  private Duration jitter(Duration max) {
    return Duration.ofNanos((long) (runtime.seams().random().nextDouble() * max.toNanos()));
  }

  private static boolean isRetryable(IOException e) {
    if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
  }
}
