package com.classtag.clever.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The client-side request rate limit: requests are started no closer together than {@code window /
 * requests}, so that no window of that length ever holds more than {@code requests} requests,
 * whatever the number of threads. The default, {@link #cleverDefault()}, is Clever's own limit of
 * 1,200 requests a minute per token; staying under it avoids 429s instead of recovering from them.
 * Immutable.
 */
public final class RateLimit {
  private static final RateLimit CLEVER_DEFAULT = perMinute(1200);
  private static final RateLimit UNLIMITED = new RateLimit(0, Duration.ZERO);

  private final int requests;
  private final Duration window;

  private RateLimit(int requests, Duration window) {
    this.requests = requests;
    this.window = window;
  }

  /** {@return Clever's documented limit: 1,200 requests a minute} */
  public static RateLimit cleverDefault() {
    return CLEVER_DEFAULT;
  }

  /**
   * Returns a limit of {@code requests} a minute.
   *
   * @param requests at least 1
   * @return the limit
   * @throws IllegalArgumentException if {@code requests} is below 1
   */
  public static RateLimit perMinute(int requests) {
    return of(requests, Duration.ofMinutes(1));
  }

  /**
   * Returns a limit of {@code requests} per {@code window}.
   *
   * @param requests at least 1
   * @param window positive
   * @return the limit
   * @throws IllegalArgumentException if {@code requests} is below 1 or {@code window} is not
   *     positive
   */
  public static RateLimit of(int requests, Duration window) {
    Objects.requireNonNull(window, "window");
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, was " + requests);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    return new RateLimit(requests, window);
  }

  /** {@return no client-side limit (Clever's 429s are still honoured)} */
  public static RateLimit unlimited() {
    return UNLIMITED;
  }

  /** {@return whether this is {@link #unlimited()}} */
  public boolean isUnlimited() {
    return requests == 0;
  }

  /** {@return the smallest interval between the starts of two requests; zero when unlimited} */
  public Duration interval() {
    return isUnlimited() ? Duration.ZERO : window.dividedBy(requests);
  }

  @Override
  public String toString() {
    return isUnlimited()
        ? "RateLimit{unlimited}"
        : "RateLimit{" + requests + " per " + window + "}";
  }
}
