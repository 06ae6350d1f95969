package com.classtag.clever.testing.standin.internal;

import java.util.Objects;

/**
 * One record held as its JSON text, for records a changing district created or replaced: served
 * verbatim.
 *
 * @param id the record's id
 * @param json the record as one compact JSON object
 */
public record StoredRecord(String id, String json) {
  /**
   * Creates the record.
   *
   * @throws NullPointerException if an argument is null
   */
  public StoredRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }

  /** Returns the id only: the JSON may hold personal data. */
  @Override
  public String toString() {
    return "StoredRecord{id=" + id + "}";
  }
}
