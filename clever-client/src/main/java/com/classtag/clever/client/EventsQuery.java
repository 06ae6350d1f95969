package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.model.EventRecordType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters of an events listing: the record types ({@code record_type}, repeatable) and a school
 * ({@code school}). Immutable.
 *
 * <pre>{@code
 * EventsQuery q = EventsQuery.all().recordTypes(EventRecordType.USERS, EventRecordType.SECTIONS);
 * }</pre>
 */
public final class EventsQuery {
  private static final EventsQuery ALL = new EventsQuery(List.of(), null);

  private final List<EventRecordType> recordTypes;
  private final String school;

  private EventsQuery(List<EventRecordType> recordTypes, String school) {
    this.recordTypes = recordTypes;
    this.school = school;
  }

  /** {@return the query without filters: events of every record type and school} */
  public static EventsQuery all() {
    return ALL;
  }

  /**
   * Returns a copy of this query limited to events about {@code types} (sent as one {@code
   * record_type} parameter per type). Duplicates are dropped; order is kept.
   *
   * @param types the record types; at least one
   * @return the query
   * @throws IllegalArgumentException if no type is given
   * @throws NullPointerException if a type is null
   */
  public EventsQuery recordTypes(EventRecordType... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("recordTypes needs at least one record type");
    }
    LinkedHashSet<EventRecordType> set = new LinkedHashSet<>();
    for (EventRecordType t : types) {
      set.add(Objects.requireNonNull(t, "record type"));
    }
    return new EventsQuery(Collections.unmodifiableList(new ArrayList<>(set)), school);
  }

  /**
   * Returns a copy of this query limited to events of one school.
   *
   * @param schoolId the school's Clever id
   * @return the query
   * @throws IllegalArgumentException if {@code schoolId} is blank
   */
  public EventsQuery school(String schoolId) {
    if (schoolId == null || schoolId.isBlank()) {
      throw new IllegalArgumentException("school id must not be blank");
    }
    return new EventsQuery(recordTypes, schoolId);
  }

  /** {@return the record types filter; empty means every type} */
  public List<EventRecordType> recordTypes() {
    return recordTypes;
  }

  /** {@return the school filter, if any} */
  public Optional<String> school() {
    return Optional.ofNullable(school);
  }

  /**
   * Returns the query string of this query: one {@code record_type} per type, then {@code school}.
   */
  Query toQuery() {
    Query q = new Query();
    for (EventRecordType t : recordTypes) {
      q.add("record_type", t.value());
    }
    if (school != null) {
      q.add("school", school);
    }
    return q;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventsQuery
        && ((EventsQuery) o).recordTypes.equals(recordTypes)
        && Objects.equals(((EventsQuery) o).school, school);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordTypes, school);
  }

  @Override
  public String toString() {
    return "EventsQuery{recordTypes="
        + recordTypes
        + ", school="
        + (school == null ? "any" : school)
        + "}";
  }
}
