package com.classtag.clever.testing.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clock that stands still until a test moves it, and a sleeper that moves it instead of sleeping,
 * for the client's two time seams: a test of retries and rate limits then runs in milliseconds and
 * sees exactly the waits the client chose.
 *
 * <pre>{@code
 * FakeClock time = FakeClock.at(Instant.parse("2026-10-01T06:00:00Z"));
 * CleverClient client = CleverClient.builder().baseUrl(url).token(token)
 *     .clock(time).sleeper(time::sleep).build();
 * // ... after a 429 burst: time.sleeps() holds the waits, and time.instant() moved by their sum
 * }</pre>
 *
 * <p>Give the same clock to the stand-in ({@code CleverStandIn.Builder.clock}) so that its
 * rate-limit resets are on the client's time. Thread-safe; clocks made by {@link #withZone} share
 * the time and the sleeps.
 */
public final class FakeClock extends Clock {
  private final State state;
  private final ZoneId zone;

  private FakeClock(State state, ZoneId zone) {
    this.state = state;
    this.zone = zone;
  }

  /**
   * Returns a clock standing at an instant, in UTC.
   *
   * @param start the instant
   * @return the clock
   * @throws NullPointerException if {@code start} is null
   */
  public static FakeClock at(Instant start) {
    return new FakeClock(new State(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration zero or positive
   * @throws IllegalArgumentException if {@code duration} is negative: time does not run backwards
   */
  public void advance(Duration duration) {
    state.advance(checked(duration));
  }

  /**
   * Waits without waiting: records the duration and moves the clock by it. Matches the client's
   * {@code Sleeper}, so {@code time::sleep} is one.
   *
   * @param duration zero or positive
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void sleep(Duration duration) {
    state.sleep(checked(duration));
  }

  /** {@return every duration passed to {@link #sleep}, in order} */
  public List<Duration> sleeps() {
    return state.sleeps();
  }

  /** {@return the sum of every duration passed to {@link #sleep}} */
  public Duration slept() {
    return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** Forgets the recorded sleeps; the clock stays where it is. */
  public void clearSleeps() {
    state.clearSleeps();
  }

  @Override
  public Instant instant() {
    return state.now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock in another zone that shares this one's time and sleeps. */
  @Override
  public FakeClock withZone(ZoneId zone) {
    return new FakeClock(state, Objects.requireNonNull(zone, "zone"));
  }

  /** Returns the instant and zone. */
  @Override
  public String toString() {
    return "FakeClock{" + instant() + ", " + zone + "}";
  }

  private static Duration checked(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    return duration;
  }

  /** The time and sleeps that clocks of every zone share. */
  private static final class State {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    State(Instant start) {
      this.now = start;
    }

    synchronized Instant now() {
      return now;
    }

    synchronized void advance(Duration duration) {
      now = now.plus(duration);
    }

    synchronized void sleep(Duration duration) {
      sleeps.add(duration);
      now = now.plus(duration);
    }

    synchronized List<Duration> sleeps() {
      return List.copyOf(sleeps);
    }

    synchronized void clearSleeps() {
      sleeps.clear();
    }
  }
}
