package com.classtag.clever.client.internal;

import com.classtag.clever.client.RateLimit;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces the starts of requests at least {@link RateLimit#interval()} apart across every thread of
 * a client, and holds every request back while Clever has said the token's window is exhausted.
 *
 * <p>Each caller reserves the next free slot under a lock and then waits for it outside the lock,
 * so waits are fair (first come, first served) and no thread sleeps holding the lock. Time and
 * waiting go through the client's {@link Seams}.
 */
public final class RateLimiter {
  private final Duration interval;
  private final Seams seams;
  private Instant nextSlot = Instant.MIN;
  private Instant pausedUntil = Instant.MIN;

  /**
   * Creates a limiter.
   *
   * @param limit the client-side limit
   * @param seams the clock and sleeper
   */
  public RateLimiter(RateLimit limit, Seams seams) {
    this.interval = limit.interval();
    this.seams = seams;
  }

  /**
   * Waits until this caller may start a request.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void acquire() throws InterruptedException {
    Duration wait;
    synchronized (this) {
      Instant now = seams.clock().instant();
      Instant slot = max(now, max(nextSlot, pausedUntil));
      nextSlot = slot.plus(interval);
      wait = Duration.between(now, slot);
    }
    if (!wait.isZero()) {
      seams.sleeper().sleep(wait);
    }
  }

  /**
   * Holds every request not yet started back until {@code until}, because Clever reported an
   * exhausted window that resets then.
   *
   * @param until when requests may start again
   */
  public synchronized void pauseUntil(Instant until) {
    pausedUntil = max(pausedUntil, until);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
