package com.classtag.clever.client.internal;

import com.classtag.clever.client.Sleeper;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The client's sources of time, waiting and randomness, injectable so that tests run instantly and
 * deterministically.
 *
 * @param clock the wall clock: rate-limit resets, time budgets, event timings
 * @param sleeper every wait of the client
 * @param random the jitter source
 */
public record Seams(Clock clock, Sleeper sleeper, RandomGenerator random) {
  /** Checks that every seam is set. */
  public Seams {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(random, "random");
  }
}
