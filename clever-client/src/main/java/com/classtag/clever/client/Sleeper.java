package com.classtag.clever.client;

import java.time.Duration;

/**
 * Waits for a while. Every wait of the client (retry back-off, rate-limit pauses) goes through this
 * seam, so that tests can record the waits and advance a fake {@link java.time.Clock} instead of
 * sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; zero or positive
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** {@return the sleeper that really sleeps, with {@link Thread#sleep(long, int)}} */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      }
    };
  }
}
