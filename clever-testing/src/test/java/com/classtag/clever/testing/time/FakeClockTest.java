package com.classtag.clever.testing.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FakeClockTest {
  private static final Instant START = Instant.parse("2026-10-01T06:00:00Z");

  @Test
  void standsStillUntilAdvancedOrSleptOn() {
    FakeClock clock = FakeClock.at(START);

    clock.advance(Duration.ofSeconds(5));
    clock.sleep(Duration.ofMillis(250));
    clock.sleep(Duration.ofSeconds(2));

    assertThat(clock.instant()).isEqualTo(START.plusMillis(7_250));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(2));
    assertThat(clock.slept()).isEqualTo(Duration.ofMillis(2_250));
    clock.clearSleeps();
    assertThat(clock.sleeps()).isEmpty();
    assertThat(clock.instant()).isEqualTo(START.plusMillis(7_250));
  }

  @Test
  void aClockInAnotherZoneSharesTheTime() {
    FakeClock clock = FakeClock.at(START);
    FakeClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    paris.sleep(Duration.ofMinutes(1));

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void refusesToRunBackwards() {
    FakeClock clock = FakeClock.at(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> clock.sleep(Duration.ofSeconds(-1)))
        .hasMessageContaining("must not be negative");
  }
}
