package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The faults a stand-in still has to inject, each with the number of requests it has left to hit,
 * and the latch that ends stalled bodies early on reset or close. Thread-safe.
 */
final class FaultSchedule {
  private final List<Fault> faults = new ArrayList<>();
  private final List<Integer> left = new ArrayList<>();
  private volatile CountDownLatch release = new CountDownLatch(1);

  synchronized void add(Fault fault) {
    faults.add(fault);
    left.add(fault.times());
  }

  /** Forgets every fault and ends every stall in progress. */
  synchronized void clear() {
    faults.clear();
    left.clear();
    release.countDown();
    release = new CountDownLatch(1);
  }

  /** Ends every stall in progress for good: the stand-in is closing. */
  void releaseAll() {
    release.countDown();
  }

  /**
   * Returns the first fault aimed at a request that has requests left to hit, and counts the hit.
   */
  synchronized Optional<Fault> take(long number, String path) {
    for (int k = 0; k < faults.size(); k++) {
      if (left.get(k) > 0 && faults.get(k).aimsAt(number, path)) {
        left.set(k, left.get(k) - 1);
        return Optional.of(faults.get(k));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what ends the stalls of requests taken now: counted down when the schedule is next
   * cleared or released. Taken with the fault, so a reset between taking a stall and starting it
   * still ends it.
   */
  CountDownLatch release() {
    return release;
  }

  /** Waits for {@code stall}, or less when {@code release} is counted down. */
  static void stall(Duration stall, CountDownLatch release) throws InterruptedException {
    release.await(stall.toNanos(), TimeUnit.NANOSECONDS);
  }
}
