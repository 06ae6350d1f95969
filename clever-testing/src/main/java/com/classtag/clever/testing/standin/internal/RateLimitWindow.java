package com.classtag.clever.testing.standin.internal;

import java.time.Instant;

/**
 * Clever's rate limit: a fixed number of requests per token per minute, the count resetting at the
 * start of every minute (not a sliding average). Thread-safe.
 */
final class RateLimitWindow {
  private static final long WINDOW_SECONDS = 60;

  private final int limit;
  private long windowStart = Long.MIN_VALUE;
  private int used;

  RateLimitWindow(int limit) {
    this.limit = limit;
  }

  /** What the window said about one request: whether it may proceed, and the header values. */
  record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {}

  /** Counts one request made at {@code now} against the window and says whether it may proceed. */
  synchronized Decision take(Instant now) {
    long second = now.getEpochSecond();
    long start = second - Math.floorMod(second, WINDOW_SECONDS);
    if (start != windowStart) {
      windowStart = start;
      used = 0;
    }
    long reset = windowStart + WINDOW_SECONDS;
    if (used >= limit) {
      return new Decision(false, limit, 0, reset);
    }
    used++;
    return new Decision(true, limit, limit - used, reset);
  }
}
