package com.classtag.clever.model.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.model.events.RosterHistory;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated rosters round-trip through the format; damaged files never read as a different
 * baseline.
 */
class BaselineFormatProperties {

  @Property(tries = 200)
  void generatedRostersRoundTrip(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 8) int size,
      @ForAll @IntRange(min = 0, max = 40) int changes) {
    Baseline baseline = baselineOf(RosterHistory.generate(seed, size, changes));

    assertThat(Baselines.read(Baselines.bytes(baseline))).isEqualTo(baseline);
  }

  @Property(tries = 300)
  void aFlippedByteFailsWithATypedErrorOrChangesNothing(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    Baseline baseline = baselineOf(RosterHistory.generate(seed, 3, 10));
    byte[] file = Baselines.bytes(baseline);
    byte[] damaged = Arrays.copyOf(file, file.length);
    damaged[position % file.length] ^= (byte) flip;

    String outcome;
    try {
      // Only header fields gzip does not checksum (such as its timestamp) can change without
      // notice.
      assertThat(Baselines.read(damaged)).isEqualTo(baseline);
      outcome = "unchanged";
    } catch (BaselineFormatException e) {
      assertThat(e.lineNumber()).isPositive();
      outcome = "rejected";
    }
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> c.check("rejected").percentage(p -> p > 80));
  }

  private static Baseline baselineOf(RosterHistory history) {
    return Baseline.of(
        BaselineHeader.builder()
            .apiVersion("v3.1")
            .districtId(history.last().district().id())
            .takenAt(Instant.parse("2024-01-09T08:15:42Z"))
            .eventsCursor("65a0b1c2d3e4f50001a1b2c2")
            .build(),
        history.last());
  }
}
