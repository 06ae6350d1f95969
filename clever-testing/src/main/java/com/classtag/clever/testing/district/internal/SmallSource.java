package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A handful of hand-shaped records held in memory: the district, schools, terms, courses, events.
 */
public final class SmallSource implements RecordSource {
  /** Writes one record. */
  interface Body {
    void write(JsonWriter out) throws IOException;
  }

  /**
   * One record and what filters look at.
   *
   * @param id the record's id
   * @param recordType for events, the record type the event is about, such as {@code users}
   * @param school for events, the school the record belongs to, or null
   * @param body writes the record
   */
  record Entry(String id, String recordType, String school, Body body) {
    static Entry of(String id, Body body) {
      return new Entry(id, null, null, body);
    }
  }

  private final List<Entry> entries;

  SmallSource(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns the events that match Clever's {@code record_type} and {@code school} filters, in
   * order.
   *
   * @param recordTypes the record types to keep; empty keeps all
   * @param school the school to keep; empty keeps all
   * @return the matching entries
   */
  public SmallSource filterEvents(Set<String> recordTypes, Optional<String> school) {
    Predicate<Entry> keep =
        entry ->
            (recordTypes.isEmpty() || recordTypes.contains(entry.recordType()))
                && (school.isEmpty() || school.get().equals(entry.school()));
    return new SmallSource(entries.stream().filter(keep).toList());
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public String id(int index) {
    return entries.get(index).id();
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    entries.get(index).body().write(out);
  }
}
