package com.classtag.sync.jdbc.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@code String} per distinct value, for the columns whose values repeat from row to row:
 * grades, statuses, link types and relationships, school ids, extension field names. A driver hands
 * out a new string per row, so without this a million-student state holds a million copies of a
 * dozen grades. Lives for one read. Bounded, as a column may hold any number of distinct values:
 * past the bound a value is kept as the driver gave it, which only costs memory.
 */
final class SharedValues {
  /** Distinct values kept: far more than the repeating columns hold in any real district. */
  static final int MAX = 4096;

  private final Map<String, String> values = new HashMap<>();

  /**
   * Returns the instance of {@code value} this read shares, or {@code value} itself.
   *
   * @param value a column's value, or null
   * @return an equal string, or null for null
   */
  String share(String value) {
    if (value == null) {
      return null;
    }
    String shared = values.get(value);
    if (shared != null) {
      return shared;
    }
    if (values.size() < MAX) {
      values.put(value, value);
    }
    return value;
  }
}
