package com.classtag.clever.client;

import com.classtag.clever.client.internal.RateLimitHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Clever answered 429 Too Many Requests, and the client did not wait it out: the retries ran out,
 * or Clever asked for a wait longer than {@link RetryPolicy#maxRateLimitWait()} or the call's time
 * budget. {@link #retryAt()} says when a new request can succeed.
 */
public final class RateLimitedException extends CleverServiceException {
  /** The rate-limit buckets the last response reported. */
  private final List<RateLimitBucket> buckets;

  /** When the server said to come back. */
  private final Instant retryAt;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and when to come back
   * @param details the request and response details; must have a status
   * @param buckets the rate-limit buckets the response reported, in header order
   * @throws IllegalArgumentException if {@code details} has no status
   */
  public RateLimitedException(String message, ErrorDetails details, List<RateLimitBucket> buckets) {
    super(message, details);
    this.buckets = List.copyOf(buckets);
    this.retryAt = RateLimitHeaders.resetOfExhausted(this.buckets).orElse(null);
  }

  /**
   * {@return the rate-limit buckets the response reported ({@code X-RateLimit-*}), in header order}
   */
  public List<RateLimitBucket> buckets() {
    return buckets;
  }

  /**
   * {@return when a new request can succeed, if known: the latest reset among the exhausted
   * buckets, or, if no bucket says it is exhausted, the latest reset of any bucket}
   */
  public Optional<Instant> retryAt() {
    return Optional.ofNullable(retryAt);
  }
}
