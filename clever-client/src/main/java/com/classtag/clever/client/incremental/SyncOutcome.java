package com.classtag.clever.client.incremental;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.BaselineHeader;
import com.classtag.clever.model.events.AppliedEvents;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IncrementalSync#run()} did: the roster it produced, which path it took and why, and
 * the header of the baseline file as it now is. Immutable.
 */
public final class SyncOutcome {
  private final SyncPath path;
  private final FullReadReason reason;
  private final String detail;
  private final RosterSnapshot roster;
  private final BaselineHeader header;
  private final AppliedEvents events;

  private SyncOutcome(Builder b) {
    this.path = b.path;
    this.reason = b.reason;
    this.detail = Objects.requireNonNull(b.detail, "detail");
    this.roster = Objects.requireNonNull(b.roster, "roster");
    this.header = Objects.requireNonNull(b.header, "header");
    this.events = b.events;
  }

  /** Returns the outcome of a full read. */
  static SyncOutcome fullRead(
      FullReadReason reason, String detail, RosterSnapshot roster, BaselineHeader header) {
    Builder b = new Builder();
    b.path = SyncPath.FULL_READ;
    b.reason = Objects.requireNonNull(reason, "reason");
    b.detail = detail;
    b.roster = roster;
    b.header = header;
    return new SyncOutcome(b);
  }

  /** Returns the outcome of applying events. */
  static SyncOutcome events(String detail, AppliedEvents events, BaselineHeader header) {
    Builder b = new Builder();
    b.path = SyncPath.EVENTS;
    b.detail = detail;
    b.roster = events.roster();
    b.header = header;
    b.events = events;
    return new SyncOutcome(b);
  }

  /** {@return whether the roster came from events or from a full read} */
  public SyncPath path() {
    return path;
  }

  /** {@return why a full read was made; empty when events were applied} */
  public Optional<FullReadReason> fullReadReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * {@return one English sentence saying what was done and why, fit for a log line or a CLI's
   * stderr: the reason for a full read (with the error for an unreadable baseline, which names its
   * line), or how many events were applied and skipped} It holds ids, counts and times, never
   * personal data.
   */
  public String detail() {
    return detail;
  }

  /** {@return the roster: the district as it is now} */
  public RosterSnapshot roster() {
    return roster;
  }

  /**
   * {@return the header of the baseline file as it is after the run: its cursor and when it was
   * taken}
   */
  public BaselineHeader header() {
    return header;
  }

  /**
   * {@return the account of the events applied, including those skipped and why; empty after a full
   * read}
   */
  public Optional<AppliedEvents> events() {
    return Optional.ofNullable(events);
  }

  /** Returns the path, the reason, the detail and the roster's sizes; never personal data. */
  @Override
  public String toString() {
    return "SyncOutcome{path="
        + path
        + (reason == null ? "" : ", reason=" + reason)
        + ", detail="
        + detail
        + ", roster="
        + roster
        + "}";
  }

  /** The fields of an outcome while it is put together. */
  private static final class Builder {
    SyncPath path;
    FullReadReason reason;
    String detail;
    RosterSnapshot roster;
    BaselineHeader header;
    AppliedEvents events;
  }
}
