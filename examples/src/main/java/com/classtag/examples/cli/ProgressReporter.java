package com.classtag.examples.cli;

import com.classtag.clever.client.ClientListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports on standard error how reading the roster goes: records and pages fetched and the rate, at
 * most once a second while roster records arrive, every retry with its reason, and a summary at the
 * end. Records are counted per collection from the snapshot's own progress, so a page that broke
 * off and was resumed is not counted twice or lost. Thread-safe: the client reads collections
 * concurrently. Reports paths and counts only, never a token or a record.
 */
final class ProgressReporter implements ClientListener {
  private static final Duration EVERY = Duration.ofSeconds(1);

  private final PrintStream err;
  private final Clock clock;
  private final Instant started;
  private final Map<String, Long> records = new ConcurrentHashMap<>();
  private final AtomicLong pages = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private Instant lastReport;

  ProgressReporter(PrintStream err, Clock clock) {
    this.err = err;
    this.clock = clock;
    this.started = clock.instant();
    this.lastReport = started;
  }

  @Override
  public void snapshotProgress(SnapshotProgress event) {
    records.merge(event.collection(), event.records(), Math::max);
    maybeReport();
  }

  @Override
  public void pageFetched(PageFetched event) {
    pages.incrementAndGet();
    maybeReport();
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    retries.incrementAndGet();
    err.printf(
        Locale.ROOT,
        "  retrying %s %s in %.1f s (%s)%n",
        event.failed().method(),
        event.failed().path(),
        event.delay().toMillis() / 1000.0,
        event.reason());
  }

  /** Prints the final counts. */
  void finish() {
    String retried =
        retries.get() == 0
            ? ""
            : ", " + retries.get() + (retries.get() == 1 ? " retry" : " retries");
    err.println("Read " + counts(clock.instant()) + retried + ".");
  }

  private void maybeReport() {
    if (records.isEmpty()) {
      // Only events pages so far (the cursor, or the events after a baseline): "0 records" would
      // say nothing.
      return;
    }
    Instant now = clock.instant();
    synchronized (this) {
      if (Duration.between(lastReport, now).compareTo(EVERY) < 0) {
        return;
      }
      lastReport = now;
    }
    err.println("  read " + counts(now));
  }

  private String counts(Instant now) {
    long total = records.values().stream().mapToLong(Long::longValue).sum();
    double seconds = Math.max(1, Duration.between(started, now).toMillis()) / 1000.0;
    return String.format(
        Locale.ROOT,
        "%,d records in %,d pages (%,.0f records/s)",
        total,
        pages.get(),
        total / seconds);
  }
}
