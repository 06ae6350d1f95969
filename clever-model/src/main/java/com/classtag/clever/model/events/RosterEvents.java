package com.classtag.clever.model.events;

import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.EventAction;
import com.classtag.clever.model.EventRecordType;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies Events API events to a roster: a pure function from a roster and events to a new roster
 * and a report. Nothing is read or written elsewhere, and the given roster is not changed.
 *
 * <p>The rules, for districts, schools, users, sections, terms and courses:
 *
 * <ul>
 *   <li>{@code created} and {@code updated} put the event's object into the roster in place of any
 *       record with its id (an upsert): Clever sends the whole record in every event, so the object
 *       is the record's state, not a patch. {@code previous_attributes} is not needed.
 *   <li>{@code deleted} removes the record with the object's id, and changes nothing if there is
 *       none.
 *   <li>Events are applied in the order given, which for the Events API is the order they happened;
 *       so for each record the last event about it decides its state.
 * </ul>
 *
 * <p>That makes applying events idempotent, as Clever asks: applying an event twice, or replaying
 * events the roster already reflects, changes nothing. This matters because the cursor is taken
 * before a full read, so the first events read after it may already be in the roster.
 *
 * <p>Events that cannot be applied are kept and reported in {@link AppliedEvents#skipped()} with a
 * {@link SkipReason}: unknown record types or actions, resources (not part of a roster), events
 * without an object, and events that would remove or replace the roster's district with another.
 *
 * <p>Every collection of the result is sorted by id, the order in which Clever lists records, so a
 * roster read by the client compares equal to one brought up to date by events. The work is linear
 * in the size of the roster plus the number of events: records are indexed by id, never searched.
 *
 * <pre>{@code
 * AppliedEvents result = RosterEvents.apply(baseline.roster(), events);
 * result.skipped().forEach(s -> log(s));   // SkippedEvent's toString holds no personal data
 * RosterSnapshot now = result.roster();
 * }</pre>
 */
public final class RosterEvents {
  private RosterEvents() {}

  /**
   * Applies events to a roster, in order.
   *
   * @param roster the roster before the events
   * @param events the events, oldest first, as the Events API lists them
   * @return the roster after the events, and the account of every event
   * @throws NullPointerException if {@code roster} or {@code events} is null, or an event is null
   *     (the message names its index)
   */
  public static AppliedEvents apply(RosterSnapshot roster, List<Event> events) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(events, "events");
    Application a = new Application(roster.district());
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (event == null) {
        throw new NullPointerException("events[" + i + "] is null");
      }
      a.apply(event);
    }
    RosterSnapshot after =
        RosterSnapshot.builder()
            .district(a.district)
            .schools(a.schools.applyTo(roster.schools()))
            .users(a.users.applyTo(roster.users()))
            .sections(a.sections.applyTo(roster.sections()))
            .terms(a.terms.applyTo(roster.terms()))
            .courses(a.courses.applyTo(roster.courses()))
            .build();
    String lastEventId = events.isEmpty() ? null : events.get(events.size() - 1).id();
    return new AppliedEvents(after, a.applied, a.skipped, lastEventId);
  }

  /** The state of one {@link #apply} call while it walks the events. */
  private static final class Application {
    final RecordChanges<School> schools = new RecordChanges<>();
    final RecordChanges<User> users = new RecordChanges<>();
    final RecordChanges<Section> sections = new RecordChanges<>();
    final RecordChanges<Term> terms = new RecordChanges<>();
    final RecordChanges<Course> courses = new RecordChanges<>();
    final List<SkippedEvent> skipped = new ArrayList<>();
    District district;
    int applied;

    Application(District district) {
      this.district = district;
    }

    void apply(Event event) {
      SkipReason reason = applyOrExplain(event);
      if (reason == null) {
        applied++;
      } else {
        skipped.add(new SkippedEvent(event, reason));
      }
    }

    /** Applies the event, or returns why it cannot be applied. */
    private SkipReason applyOrExplain(Event event) {
      EventRecordType type = event.recordType();
      Optional<EventAction> action = event.action();
      if (!type.isKnown()) {
        return SkipReason.UNKNOWN_RECORD_TYPE;
      }
      if (action.isEmpty() || !action.get().isKnown()) {
        return SkipReason.UNKNOWN_ACTION;
      }
      if (type.equals(EventRecordType.RESOURCES)) {
        return SkipReason.NOT_IN_ROSTER;
      }
      if (event.object().isEmpty()) {
        return SkipReason.NO_OBJECT;
      }
      boolean deleted = action.get().equals(EventAction.DELETED);
      CleverRecord object = event.object().get();
      // The Event model guarantees the object's class matches the record type, so the casts cannot
      // fail.
      if (object instanceof District) {
        if (!object.id().equals(district.id())) {
          return SkipReason.OTHER_DISTRICT;
        }
        if (deleted) {
          return SkipReason.DISTRICT_DELETED;
        }
        district = (District) object;
      } else if (object instanceof School) {
        change(schools, (School) object, deleted);
      } else if (object instanceof User) {
        change(users, (User) object, deleted);
      } else if (object instanceof Section) {
        change(sections, (Section) object, deleted);
      } else if (object instanceof Term) {
        change(terms, (Term) object, deleted);
      } else if (object instanceof Course) {
        change(courses, (Course) object, deleted);
      } else {
        // A record type Clever added that this class was not taught about: reported, not guessed
        // at.
        return SkipReason.UNKNOWN_RECORD_TYPE;
      }
      return null;
    }

    private static <T extends CleverRecord> void change(
        RecordChanges<T> changes, T record, boolean deleted) {
      if (deleted) {
        changes.delete(record.id());
      } else {
        changes.put(record);
      }
    }
  }
}
