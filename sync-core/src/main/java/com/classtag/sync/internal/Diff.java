package com.classtag.sync.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares current app values with the values the roster wants and keeps only the differences, allocating
 * nothing while they agree (the common case on a nightly run). Comparing against an absent record gives the
 * values of a create.
 */
final class Diff {
  private TreeMap<String, String> changes;

  /** The roster decides: a value it lacks is cleared. */
  void set(String field, Optional<String> current, String desired) {
    set(field, current.isPresent() && !current.get().isEmpty() ? current.get() : null, desired);
  }

  /**
   * The roster decides, comparing the raw roster text first: on a nightly run almost every value is
   * unchanged, and an exact match needs no normalising.
   *
   * @param normalise turns the raw text into the stored form (trimmed, lower-cased email, ...)
   */
  void setRaw(String field, Optional<String> current, Optional<String> raw,
      java.util.function.Function<Optional<String>, String> normalise) {
    if (raw.isPresent() && current.isPresent() && raw.get().equals(current.get())) {
      return;
    }
    if (raw.isEmpty() && current.isEmpty()) {
      return;
    }
    set(field, current, normalise.apply(raw));
  }

  /** The roster decides: a value it lacks is cleared. */
  void set(String field, String current, String desired) {
    if (!Objects.equals(current, desired)) {
      put(field, Text.orClear(desired));
    }
  }

  /** The roster decides only when it has a value; a value it does not share is left alone. */
  void setIfShared(String field, String current, String desired) {
    if (desired != null && !desired.equals(current)) {
      put(field, desired);
    }
  }

  /** Like {@link #setIfShared}, comparing the raw roster text first. */
  void setIfSharedRaw(String field, String current, String raw) {
    if (raw == null || raw.equals(current)) {
      return;
    }
    setIfShared(field, current, Text.clean(raw));
  }

  /** Adds all differences of another diff. */
  void addAll(Diff other) {
    if (other.changes != null) {
      for (Map.Entry<String, String> e : other.changes.entrySet()) {
        put(e.getKey(), e.getValue());
      }
    }
  }

  private void put(String field, String value) {
    if (changes == null) {
      changes = new TreeMap<>();
    }
    changes.put(field, value);
  }

  boolean isEmpty() {
    return changes == null;
  }

  /** Returns the differences, or null if none. */
  TreeMap<String, String> changes() {
    return changes;
  }

  /** Returns the changed value names, for explanations (never the values). */
  String names() {
    return changes == null ? "" : String.join(", ", changes.keySet());
  }
}
