package com.classtag.clever.client.incremental;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.CursorExpiredException;
import com.classtag.clever.client.NotFoundException;
import com.classtag.clever.client.PermissionDeniedException;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.model.baseline.BaselineFormat;
import com.classtag.clever.model.baseline.BaselineFormatException;
import com.classtag.clever.model.baseline.BaselineHeader;
import com.classtag.clever.model.events.AppliedEvents;
import com.classtag.clever.model.events.RosterEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings a saved roster up to date: loads the baseline from its {@link BaselineStore} (a file, or a
 * store of your own), reads the events after its cursor, applies them, and saves the new baseline
 * with the new cursor. When events cannot be trusted to do that, it reads the whole district
 * instead, taking a fresh cursor just before the read, and saves that as the baseline. Every run
 * says which it did and why ({@link SyncOutcome}).
 *
 * <p>A full read happens when ({@link FullReadReason}):
 *
 * <ul>
 *   <li>there is no baseline, or it cannot be read (corrupt, truncated, newer format, I/O error);
 *   <li>the baseline was read with another API version than the client's;
 *   <li>the baseline has no cursor;
 *   <li>the baseline is older than Clever's 30-day event retention, by its header and the clock;
 *   <li>Clever no longer knows the cursor ({@code GET /events/{cursor}} answers 404).
 * </ul>
 *
 * <p>Why the cursor is taken before the full read: events that happen during the read are then read
 * again on the next run and applied to a roster that may already reflect them, which is harmless
 * because applying events is idempotent ({@link RosterEvents}); a cursor taken after the read could
 * miss them.
 *
 * <p>When the events after the cursor are none, the stored baseline is left as it is. If the Events
 * API is not available to the token (403 or 404 when taking the cursor), a full read still returns
 * the roster and saves a baseline without a cursor, and the outcome's detail says so.
 *
 * <p>Failures: an API failure ({@link CleverException}) or a failure to save ({@link
 * UncheckedIOException}) is thrown, and the stored baseline is then as it was before the run. A
 * save is refused with {@link BaselineConflictException} if another run replaced the baseline after
 * this one loaded it. An instance may be run again, but not by two threads at once.
 */
public final class IncrementalSync {
  /**
   * How long Clever keeps events; a baseline older than this cannot be brought up to date by
   * events.
   */
  public static final Duration EVENT_RETENTION = Duration.ofDays(30);

  private final CleverClient client;
  private final BaselineStore store;
  private final Clock clock;

  private IncrementalSync(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client");
    this.store = Objects.requireNonNull(b.store, "baselineStore");
    this.clock = b.clock;
  }

  /** {@return a builder; the client and the baseline file or store are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the sync once: events if the baseline allows it, a full read otherwise.
   *
   * @return the roster, the path taken and why, and the baseline's header after the run
   * @throws CleverException if a call to Clever fails (other than the cursor being unknown, which
   *     leads to a full read); the stored baseline is unchanged
   * @throws UncheckedIOException if the new baseline cannot be saved; the stored one is unchanged
   * @throws BaselineConflictException if another run replaced the baseline meanwhile; nothing was
   *     saved
   */
  public SyncOutcome run() {
    Instant now = clock.instant();
    Baseline baseline;
    Optional<String> version = Optional.empty();
    try {
      Optional<StoredBaseline> stored = store.open();
      if (stored.isEmpty()) {
        return fullRead(FullReadReason.NO_BASELINE, "nothing at " + store.describe(), version);
      }
      version = Optional.of(stored.get().version());
      baseline = read(stored.get());
    } catch (BaselineFormatException | UncheckedIOException e) {
      return fullRead(FullReadReason.BASELINE_UNREADABLE, e.getMessage(), version);
    }
    BaselineHeader header = baseline.header();
    String apiVersion = client.apiVersion().pathSegment();
    if (!header.apiVersion().equals(apiVersion)) {
      return fullRead(
          FullReadReason.API_VERSION_CHANGED,
          "the baseline was read with "
              + header.apiVersion()
              + ", this client speaks "
              + apiVersion,
          version);
    }
    if (header.eventsCursor().isEmpty()) {
      return fullRead(
          FullReadReason.NO_CURSOR,
          "the baseline taken at " + header.takenAt() + " has no cursor",
          version);
    }
    Duration age = Duration.between(header.takenAt(), now);
    if (age.compareTo(EVENT_RETENTION) > 0) {
      return fullRead(
          FullReadReason.CURSOR_TOO_OLD,
          "the baseline was taken at "
              + header.takenAt()
              + ", "
              + age.toDays()
              + " days ago; Clever keeps events for "
              + EVENT_RETENTION.toDays()
              + " days",
          version);
    }
    String cursor = header.eventsCursor().get();
    List<Event> events = new ArrayList<>();
    try {
      client.events().after(cursor).forEach(events::add);
    } catch (CursorExpiredException e) {
      return fullRead(
          FullReadReason.CURSOR_EXPIRED, "Clever no longer knows events cursor " + cursor, version);
    }
    return applyEvents(baseline, events, now, version);
  }

  private static Baseline read(StoredBaseline stored) {
    try (stored) {
      return BaselineFormat.read(stored.content());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the stored baseline", e);
    }
  }

  private void save(Optional<String> expected, Baseline baseline) {
    store.save(expected, out -> BaselineFormat.write(baseline, out));
  }

  private SyncOutcome applyEvents(
      Baseline baseline, List<Event> events, Instant now, Optional<String> version) {
    BaselineHeader header = baseline.header();
    String cursor = header.eventsCursor().orElseThrow();
    AppliedEvents applied = RosterEvents.apply(baseline.roster(), events);
    if (events.isEmpty()) {
      return SyncOutcome.events(
          "no events after cursor "
              + cursor
              + "; the baseline taken at "
              + header.takenAt()
              + " is current and was left as it is",
          applied,
          header);
    }
    BaselineHeader next =
        BaselineHeader.builder()
            .from(header)
            .takenAt(now)
            .eventsCursor(applied.lastEventId())
            .build();
    save(version, Baseline.of(next, applied.roster()));
    return SyncOutcome.events(
        "applied "
            + applied.appliedCount()
            + " of "
            + events.size()
            + " events after cursor "
            + cursor
            + " ("
            + applied.skipped().size()
            + " skipped); the new cursor is "
            + next.eventsCursor().orElseThrow(),
        applied,
        next);
  }

  private SyncOutcome fullRead(FullReadReason reason, String why, Optional<String> version) {
    Instant takenAt = clock.instant();
    String eventsNote = "";
    Optional<String> cursor;
    try {
      cursor = client.events().latestId();
      if (cursor.isEmpty()) {
        eventsNote =
            "; there are no events to take a cursor from, so the next run reads everything again";
      }
    } catch (NotFoundException | PermissionDeniedException e) {
      // A token without the events scope still reads the roster; a 401 (bad token) is not caught.
      cursor = Optional.empty();
      eventsNote =
          "; the Events API is not available to this token ("
              + e.status()
              + "), so the next run reads everything again";
    }
    RosterSnapshot roster = client.snapshot();
    BaselineHeader header =
        BaselineHeader.builder()
            .apiVersion(client.apiVersion().pathSegment())
            .districtId(roster.district().id())
            .takenAt(takenAt)
            .eventsCursor(cursor)
            .build();
    save(version, Baseline.of(header, roster));
    return SyncOutcome.fullRead(
        reason,
        reason.description()
            + ": "
            + why
            + "; read the whole district with cursor "
            + cursor.orElse("none")
            + eventsNote,
        roster,
        header);
  }

  /** Builds an {@link IncrementalSync}. Not thread-safe. */
  public static final class Builder {
    private CleverClient client;
    private BaselineStore store;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the client to read events and the district with; its API version is the baseline's.
     *
     * @param client the client; not closed by the sync
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     */
    public Builder client(CleverClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the baseline file: read at the start of each run, replaced atomically at its end.
     *
     * @param path the file's path
     * @return this builder
     * @throws NullPointerException if {@code path} is null
     */
    public Builder baselineFile(Path path) {
      this.store = BaselineFile.at(path);
      return this;
    }

    /**
     * Sets where the baseline is kept: read at the start of each run, replaced at its end only if
     * no other run replaced it in between (see {@link BaselineStore}).
     *
     * @param store the store, such as a {@link BaselineFile}, an {@link InMemoryBaselineStore} or
     *     your own
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public Builder baselineStore(BaselineStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the clock that dates baselines and ages their cursors; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the sync.
     *
     * @return the sync
     * @throws NullPointerException if the client or the baseline store was not set
     */
    public IncrementalSync build() {
      return new IncrementalSync(this);
    }
  }
}
