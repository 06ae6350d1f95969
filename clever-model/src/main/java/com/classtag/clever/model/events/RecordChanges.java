package com.classtag.clever.model.events;

import com.classtag.clever.model.CleverRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes events make to one collection of a roster, by record id: the latest state of each
 * record an event touched, or its absence after a deletion. Only the last event per id counts,
 * which is what makes replaying events idempotent. Not thread-safe; lives for one {@link
 * RosterEvents#apply} call.
 *
 * @param <T> the record type
 */
final class RecordChanges<T extends CleverRecord> {
  private static final Comparator<CleverRecord> BY_ID = Comparator.comparing(CleverRecord::id);

  // Optional.empty() marks a deletion; the map holds only the ids events touched, not the whole
  // collection.
  private final Map<String, Optional<T>> latest = new HashMap<>();

  /** Records that the record now has this state: an upsert. */
  void put(T record) {
    latest.put(record.id(), Optional.of(record));
  }

  /** Records that the record with this id is gone, whether or not it was there. */
  void delete(String id) {
    latest.put(id, Optional.empty());
  }

  /**
   * Returns the collection with the changes applied, sorted by id. Linear in the size of {@code
   * base} plus the changes: each base record is looked up once by id, and the sort is a TimSort
   * over a list that is already sorted when {@code base} is (as Clever lists it) save for the newly
   * created records at its end. Returns {@code base} itself when there is nothing to change and it
   * is already sorted.
   */
  List<T> applyTo(List<T> base) {
    if (latest.isEmpty() && isSorted(base)) {
      return base;
    }
    List<T> out = new ArrayList<>(base.size() + latest.size());
    Set<String> seen = new HashSet<>();
    for (T record : base) {
      Optional<T> change = latest.get(record.id());
      if (change == null) {
        out.add(record);
      } else {
        seen.add(record.id());
        change.ifPresent(out::add);
      }
    }
    for (Map.Entry<String, Optional<T>> change : latest.entrySet()) {
      if (!seen.contains(change.getKey())) {
        change.getValue().ifPresent(out::add);
      }
    }
    out.sort(BY_ID);
    return out;
  }

  private static boolean isSorted(List<? extends CleverRecord> records) {
    for (int i = 1; i < records.size(); i++) {
      if (records.get(i - 1).id().compareTo(records.get(i).id()) > 0) {
        return false;
      }
    }
    return true;
  }
}
