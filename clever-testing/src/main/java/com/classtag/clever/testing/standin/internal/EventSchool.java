package com.classtag.clever.testing.standin.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/** What the Events API's {@code school} filter looks at in the record an event carries. */
public final class EventSchool {
  private EventSchool() {}

  /**
   * Returns the school an event is about: a school's own id, a section's {@code school}, a
   * student's {@code roles.student.school}; else none.
   *
   * @param collection the record's collection, such as {@code users}
   * @param record the record the event carries
   * @return the school's id, or empty
   */
  public static Optional<String> of(String collection, JsonObject record) {
    JsonElement school = record.get("school");
    if (collection.equals("schools")) {
      school = record.get("id");
    } else if (collection.equals("users")) {
      school =
          Optional.ofNullable(record.get("roles"))
              .filter(JsonElement::isJsonObject)
              .map(roles -> roles.getAsJsonObject().get("student"))
              .filter(JsonElement::isJsonObject)
              .map(student -> student.getAsJsonObject().get("school"))
              .orElse(null);
    }
    return school != null && school.isJsonPrimitive() && school.getAsJsonPrimitive().isString()
        ? Optional.of(school.getAsString())
        : Optional.empty();
  }
}
