package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads open-enum fields: absent, {@code null} and {@code ""} are "no value"; any other text
 * parses.
 */
final class Enums {
  private Enums() {}

  /**
   * Reads one open-enum value.
   *
   * @param of the enum's {@code of} factory, such as {@code Grade::of}
   */
  static <T extends OpenEnum> Optional<T> read(JsonReader in, Function<String, T> of)
      throws IOException {
    String s = Json.string(in);
    return s == null ? Optional.empty() : Optional.of(of.apply(s));
  }
}
