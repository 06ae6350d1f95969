package com.classtag.clever.model;

import java.util.Map;

/**
 * A top-level Clever record with its own id: a district, school, user, section, term, course or
 * resource. An event's {@code data.object} is one of these.
 */
public interface CleverRecord {
  /** {@return the record's Clever id, a 24-character hex ObjectID treated as an opaque string} */
  String id();

  /**
   * {@return the fields this SDK version does not know, kept so writing the record back preserves
   * them}
   */
  Map<String, JsonValue> unknownFields();
}
