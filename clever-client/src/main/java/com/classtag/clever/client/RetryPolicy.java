package com.classtag.clever.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries failed GETs. Immutable; build with {@link #builder()} or take {@link
 * #defaults()}.
 *
 * <p>What is retried: 429, 500, 502, 503 and 504 responses, and I/O failures (connection resets,
 * HTTP/2 GOAWAY, timeouts, a body that stalls past the body deadline). Never 400, 401, 403, 404,
 * 413, 501 or any other status, and never a body that is complete but malformed. Every Clever API
 * call is an idempotent GET, so a retry cannot duplicate work.
 *
 * <p>How long it waits:
 *
 * <ul>
 *   <li>429: until {@code Retry-After} when Clever sends it, else until the latest {@code
 *       X-RateLimit-Reset} among the exhausted buckets, plus up to one second of jitter (resets are
 *       whole seconds). A wait longer than {@link #maxRateLimitWait()} is not waited out: the call
 *       fails at once with a {@link RateLimitedException} saying when to come back.
 *   <li>5xx and I/O failures: exponential back-off with full jitter, a random wait between zero and
 *       {@code min(maxDelay, baseDelay * 2^(retry-1))}; a {@code Retry-After} on a 503 is honoured
 *       instead.
 * </ul>
 *
 * <p>Limits: a call makes at most {@link #maxAttempts()} failed requests and starts no retry that
 * would end after {@link #totalTimeout()} from its first request. A 429 that says when to come back
 * ({@code Retry-After} or {@code X-RateLimit-Reset}) is Clever pacing the client, not a failure: it
 * does not count toward {@code maxAttempts}, so a throttled call keeps following Clever's schedule
 * until {@link #totalTimeout()} (each wait capped by {@link #maxRateLimitWait()}). A 429 without a
 * reset time counts. A retry budget shared by the whole client (a token bucket of {@link
 * #retryBudget()} retries, refilled by one retry for every five successful requests) stops retries
 * during an outage, so that many concurrent calls do not turn it into a retry storm. Waits for a
 * 429 do not draw on the budget: they only ever follow the server's own schedule.
 *
 * <p>Defaults: 5 attempts, base delay 500 ms, max delay 30 s, max rate-limit wait 65 s, total
 * timeout 3 minutes, a retry budget of 20 retries.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRateLimitWait;
  private final Duration totalTimeout;
  private final int retryBudget;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.totalTimeout = b.totalTimeout;
    this.retryBudget = b.retryBudget;
  }

  /** {@return the default policy (see the class description)} */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries: every call makes exactly one request} */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the most failed requests one call makes, the first included; paced 429s are not
   * counted}
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the back-off cap of the first retry} */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** {@return the largest back-off cap} */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * {@return the longest server-requested wait (429 or {@code Retry-After}) the client waits out}
   */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /** {@return the time after a call's first request past which no retry may end} */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** {@return the size of the client-wide retry budget, in retries} */
  public int retryBudget() {
    return retryBudget;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxRateLimitWait="
        + maxRateLimitWait
        + ", totalTimeout="
        + totalTimeout
        + ", retryBudget="
        + retryBudget
        + "}";
  }

  /** Builds a {@link RetryPolicy}; every setting has a default. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(30);
    private Duration maxRateLimitWait = Duration.ofSeconds(65);
    private Duration totalTimeout = Duration.ofMinutes(3);
    private int retryBudget = 20;

    private Builder() {}

    /**
     * Sets the most failed requests one call makes, the first included. A 429 with a reset time is
     * not a failure and is not counted (see the class description).
     *
     * @param maxAttempts at least 1; 1 disables retries
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the back-off cap of the first retry; it doubles with each retry up to {@link #maxDelay}.
     *
     * @param baseDelay positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    /**
     * Sets the largest back-off cap.
     *
     * @param maxDelay positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Sets the longest server-requested wait the client waits out; a 429 asking for longer fails at
     * once.
     *
     * @param maxRateLimitWait zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
      if (maxRateLimitWait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must not be negative");
      }
      this.maxRateLimitWait = maxRateLimitWait;
      return this;
    }

    /**
     * Sets the time budget of one call: no retry starts that would end later than this after the
     * call's first request.
     *
     * @param totalTimeout positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = positive(totalTimeout, "totalTimeout");
      return this;
    }

    /**
     * Sets the client-wide retry budget: how many retries of 5xx responses and I/O failures the
     * client may make in a burst. Each successful request earns back a fifth of a retry.
     *
     * @param retries zero or more; zero disables those retries
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder retryBudget(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("retryBudget must not be negative, was " + retries);
      }
      this.retryBudget = retries;
      return this;
    }

    /** {@return the policy} */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
