package com.classtag.clever.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when the client sleeps; records every sleep. Thread-safe. */
final class FakeTime extends Clock implements Sleeper {
  static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public void sleep(Duration duration) {
    synchronized (sleeps) {
      sleeps.add(duration);
    }
    now.accumulateAndGet(START, (current, ignored) -> current.plus(duration));
  }

  List<Duration> sleeps() {
    synchronized (sleeps) {
      return new ArrayList<>(sleeps);
    }
  }

  Duration totalSlept() {
    return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
