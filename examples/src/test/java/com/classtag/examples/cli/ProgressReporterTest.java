package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.ClientListener;
import com.classtag.clever.testing.time.FakeClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private final FakeClock clock = FakeClock.at(Instant.parse("2026-10-01T06:00:00Z"));
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ProgressReporter progress =
      new ProgressReporter(new PrintStream(err, true, StandardCharsets.UTF_8), clock);

  @Test
  void reportsAtMostOnceASecondAndSumsUpAtTheEnd() {
    page("users", 10_000, false);
    clock.advance(Duration.ofMillis(400));
    page("users", 20_000, false);
    clock.advance(Duration.ofMillis(700));
    page("sections", 2_000, true);
    clock.advance(Duration.ofMillis(900));
    progress.finish();

    assertThat(lines())
        .containsExactly(
            "  read 22,000 records in 2 pages (20,000 records/s)",
            "Read 22,000 records in 3 pages (11,000 records/s).");
  }

  @Test
  void countsRecordsPerCollectionSoAResumedPageIsNotCountedTwice() {
    progress.snapshotProgress(new ClientListener.SnapshotProgress("users", 4_000, false));
    progress.snapshotProgress(new ClientListener.SnapshotProgress("users", 10_000, true));
    progress.snapshotProgress(new ClientListener.SnapshotProgress("schools", 3, true));
    clock.advance(Duration.ofSeconds(1));
    progress.finish();

    assertThat(lines()).containsExactly("Read 10,003 records in 0 pages (10,003 records/s).");
  }

  @Test
  void staysQuietWhileOnlyEventsPagesArrive() {
    progress.pageFetched(new ClientListener.PageFetched("/v3.0/events", 0, true));
    clock.advance(Duration.ofSeconds(2));
    progress.pageFetched(new ClientListener.PageFetched("/v3.0/events", 0, false));

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void reportsEveryRetryWithItsReasonAndCountsThem() {
    ClientListener.RequestSent sent =
        new ClientListener.RequestSent("GET", "/v3.0/sections?limit=10000", 1);
    progress.retryScheduled(
        new ClientListener.RetryScheduled(sent, Duration.ofMillis(1500), "status 429"));
    clock.advance(Duration.ofSeconds(2));
    progress.finish();

    assertThat(lines())
        .containsExactly(
            "  retrying GET /v3.0/sections?limit=10000 in 1.5 s (status 429)",
            "Read 0 records in 0 pages (0 records/s), 1 retry.");
  }

  private void page(String collection, long recordsSoFar, boolean complete) {
    progress.snapshotProgress(
        new ClientListener.SnapshotProgress(collection, recordsSoFar, complete));
    progress.pageFetched(new ClientListener.PageFetched("/v3.0/" + collection, 0, !complete));
  }

  private String[] lines() {
    return err.toString(StandardCharsets.UTF_8).split("\\R");
  }
}
