package com.classtag.sync.internal;

import com.classtag.sync.plan.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Compares current app values with the values the roster wants and keeps only the differences,
 * allocating nothing while they agree (the common case on a nightly run). Comparing against no
 * record gives the values of a create. Values are plain strings, null meaning absent: callers read
 * the models' {@code xxxOrNull()} accessors, which allocate nothing.
 */
final class Diff {
  private static final int MAX_EXTENSION_NAMES = 256;

  /**
   * The differences, gathered in arrays reused from record to record; copied to exact size for a
   * decision.
   */
  private final SortedValues changes = new SortedValues(16);

  /** Names arrays {@link #copyTo} handed out, which later copies share when they can. */
  private final String[][] recentNames = new String[8][];

  /**
   * The JSON names of the extension fields seen, so that each student's {@code ext.} names are not
   * made again: a district sends the same few names for every student. Bounded, as a roster could
   * send any number of names.
   */
  private final Map<String, String> extensionNames = new HashMap<>();

  /** Forgets the differences found so far (after they were handed to a decision). */
  void clear() {
    changes.clear();
  }

  /** The roster decides: a value it lacks is cleared. An empty current value counts as absent. */
  void set(Field field, String current, String desired) {
    String cur = Text.missing(current) ? null : current;
    if (!Objects.equals(cur, desired)) {
      put(field.jsonName(), Text.orClear(desired));
    }
  }

  /**
   * The roster decides, comparing the raw roster text first: an exact match needs no normalising.
   *
   * @param normalise turns the raw text into the stored form (trimmed, lower-cased email, ...)
   */
  void setRaw(Field field, String current, String raw, UnaryOperator<String> normalise) {
    if (raw == null ? Text.missing(current) : raw.equals(current)) {
      return;
    }
    set(field, current, normalise.apply(raw));
  }

  /** The roster decides only when it has a value; a value it does not share is left alone. */
  void setIfShared(Field field, String current, String desired) {
    setIfShared(field.jsonName(), current, desired);
  }

  private void setIfShared(String jsonName, String current, String desired) {
    if (desired != null && !desired.equals(current)) {
      put(jsonName, desired);
    }
  }

  /** Like {@link #setIfShared}, comparing the raw roster text first. */
  void setIfSharedRaw(Field field, String current, String raw) {
    if (raw == null || raw.equals(current)) {
      return;
    }
    setIfShared(field.jsonName(), current, Text.clean(raw));
  }

  /** Like {@link #setIfSharedRaw} for one of a student's extension fields, by its name. */
  void setExtensionIfSharedRaw(String name, String current, String raw) {
    if (raw == null || raw.equals(current)) {
      return;
    }
    setIfShared(extensionJsonName(name), current, Text.clean(raw));
  }

  private String extensionJsonName(String name) {
    String jsonName = extensionNames.get(name);
    if (jsonName == null) {
      jsonName = Field.extensionJsonName(name);
      if (extensionNames.size() < MAX_EXTENSION_NAMES) {
        extensionNames.put(name, jsonName);
      }
    }
    return jsonName;
  }

  /** Adds all differences of another diff. */
  void addAll(Diff other) {
    if (!other.isEmpty()) {
      for (int i = 0; i < other.changes.size(); i++) {
        put(other.changes.nameAt(i), other.changes.valueAt(i));
      }
    }
  }

  private void put(String field, String value) {
    changes.set(field, value);
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Points a draft's {@link SortedValues#handoff} map at a copy of the differences.
   *
   * @return {@code into}, or null if there are no differences
   */
  SortedValues copyTo(SortedValues into) {
    if (changes.isEmpty()) {
      return null;
    }
    into.repoint(changes.namesSharedWith(recentNames), changes.valuesCopy());
    return into;
  }

  /** Returns the changed value names, for explanations (never the values). */
  String names() {
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(changes.nameAt(0));
    for (int i = 1; i < changes.size(); i++) {
      out.append(", ").append(changes.nameAt(i));
    }
    return out.toString();
  }
}
