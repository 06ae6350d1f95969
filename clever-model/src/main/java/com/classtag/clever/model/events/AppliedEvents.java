package com.classtag.clever.model.events;

import com.classtag.clever.model.RosterSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RosterEvents#apply} produced: the roster after the events, and an account of every
 * event, so that {@link #appliedCount()} plus the size of {@link #skipped()} is the number of
 * events given. Immutable.
 */
public final class AppliedEvents {
  private final RosterSnapshot roster;
  private final int appliedCount;
  private final List<SkippedEvent> skipped;
  private final String lastEventId;

  AppliedEvents(
      RosterSnapshot roster, int appliedCount, List<SkippedEvent> skipped, String lastEventId) {
    this.roster = Objects.requireNonNull(roster, "roster");
    this.appliedCount = appliedCount;
    this.skipped = List.copyOf(skipped);
    this.lastEventId = lastEventId;
  }

  /** {@return the roster after the events, every collection sorted by id} */
  public RosterSnapshot roster() {
    return roster;
  }

  /**
   * {@return how many events were applied} An applied event may have changed nothing, as
   * idempotence requires of a replayed event: a {@code created} or {@code updated} with the state
   * the roster already had, or a {@code deleted} of a record the roster did not have.
   */
  public int appliedCount() {
    return appliedCount;
  }

  /** {@return the events that were not applied, in the order given, each with its reason} */
  public List<SkippedEvent> skipped() {
    return skipped;
  }

  /**
   * {@return the id of the last event given, applied or skipped: the cursor to read on from} Empty
   * when no events were given.
   */
  public Optional<String> lastEventId() {
    return Optional.ofNullable(lastEventId);
  }

  /**
   * Returns the roster's sizes and the counts of applied and skipped events; never any record data.
   */
  @Override
  public String toString() {
    return "AppliedEvents{roster="
        + roster
        + ", applied="
        + appliedCount
        + ", skipped="
        + skipped.size()
        + (lastEventId == null ? "" : ", lastEventId=" + lastEventId)
        + "}";
  }
}
