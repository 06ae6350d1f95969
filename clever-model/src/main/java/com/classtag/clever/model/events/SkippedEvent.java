package com.classtag.clever.model.events;

import com.classtag.clever.model.Event;
import java.util.Objects;

/**
 * An event {@link RosterEvents#apply} did not apply to the roster, kept whole with the reason.
 * Immutable.
 */
public final class SkippedEvent {
  private final Event event;
  private final SkipReason reason;

  /**
   * Creates a skipped event.
   *
   * @param event the event, kept whole so nothing of it is lost
   * @param reason why it was not applied
   * @throws NullPointerException if an argument is null
   */
  public SkippedEvent(Event event, SkipReason reason) {
    this.event = Objects.requireNonNull(event, "event");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return the event, as it was read} */
  public Event event() {
    return event;
  }

  /** {@return why the event was not applied} */
  public SkipReason reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkippedEvent
        && ((SkippedEvent) o).event.equals(event)
        && ((SkippedEvent) o).reason == reason;
  }

  @Override
  public int hashCode() {
    return event.hashCode() * 31 + reason.hashCode();
  }

  /** Returns the event's id and type and the reason; never any record data. */
  @Override
  public String toString() {
    return "SkippedEvent{id=" + event.id() + ", type=" + event.type() + ", reason=" + reason + "}";
  }
}
