package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");

  @Test
  void spacesRequestsOneIntervalApart() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    RateLimiter limiter =
        new RateLimiter(
            RateLimit.of(4, Duration.ofSeconds(1)),
            new Seams(Clock.fixed(T0, ZoneOffset.UTC), sleeps::add, () -> 0L));
    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750));
  }

  @Test
  void concurrentCallersGetDistinctSlots() throws Exception {
    ConcurrentLinkedQueue<Duration> sleeps = new ConcurrentLinkedQueue<>();
    RateLimiter limiter =
        new RateLimiter(
            RateLimit.perMinute(1200),
            new Seams(Clock.fixed(T0, ZoneOffset.UTC), sleeps::add, () -> 0L));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 100; i++) {
      pool.submit(
          () -> {
            limiter.acquire();
            return null;
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    // 100 requests at one fixed instant: slots 0, 50, ..., 4950 ms, each taken once.
    assertThat(sleeps).hasSize(99).doesNotHaveDuplicates();
    assertThat(sleeps.stream().max(Duration::compareTo)).contains(Duration.ofMillis(4950));
  }

  @Test
  void aPauseHoldsEveryoneUntilItEnds() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    RateLimiter limiter =
        new RateLimiter(
            RateLimit.unlimited(),
            new Seams(Clock.fixed(T0, ZoneOffset.UTC), sleeps::add, () -> 0L));
    limiter.acquire();
    limiter.pauseUntil(T0.plusSeconds(30));
    limiter.pauseUntil(T0.plusSeconds(10));
    limiter.acquire();
    assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
  }
}
