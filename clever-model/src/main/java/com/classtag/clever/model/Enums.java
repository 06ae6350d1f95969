package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.Optional;

/** Reads open-enum fields: absent, {@code null} and {@code ""} are "no value"; any other text parses. */
final class Enums {
  private Enums() {}

  static Optional<Grade> grade(JsonReader in) throws IOException {
    String s = Json.string(in);
    return s == null ? Optional.empty() : Optional.of(Grade.of(s));
  }
}
