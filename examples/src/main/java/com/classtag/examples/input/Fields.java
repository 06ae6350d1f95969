package com.classtag.examples.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads the fields of an input document that already passed its schema, so types are known to be right
 * and only presence varies.
 */
final class Fields {
  private Fields() {}

  static Optional<String> text(JsonObject object, String name) {
    return object.has(name) ? Optional.of(object.get(name).getAsString()) : Optional.empty();
  }

  static String required(JsonObject object, String name) {
    return object.get(name).getAsString();
  }

  static Optional<Boolean> flag(JsonObject object, String name) {
    return object.has(name) ? Optional.of(object.get(name).getAsBoolean()) : Optional.empty();
  }

  static Optional<Integer> integer(JsonObject object, String name) {
    return object.has(name) ? Optional.of(object.get(name).getAsBigDecimal().intValueExact()) : Optional.empty();
  }

  static List<String> texts(JsonObject object, String name) {
    List<String> values = new ArrayList<>();
    if (object.has(name)) {
      object.getAsJsonArray(name).forEach(value -> values.add(value.getAsString()));
    }
    return values;
  }

  /**
   * Maps a schema enum value to its Java constant; the formats use the constants' names, as the plan's JSON
   * does, and the schema has already checked the value is one of them.
   */
  static <E extends Enum<E>> E constant(Class<E> type, String value) {
    return Enum.valueOf(type, value);
  }

  /**
   * Maps each object of an array, reporting a failure of the mapping (a builder rejecting a combination the
   * schema cannot express) against the element's path.
   */
  static void each(Source source, JsonObject object, String name, String path,
      BiConsumer<JsonObject, String> mapper) {
    if (!object.has(name)) {
      return;
    }
    JsonArray array = object.getAsJsonArray(name);
    String arrayPath = JsonPath.property(path, name);
    for (int i = 0; i < array.size(); i++) {
      String elementPath = JsonPath.element(arrayPath, i);
      JsonElement element = array.get(i);
      try {
        mapper.accept(element.getAsJsonObject(), elementPath);
      } catch (RuntimeException e) {
        throw new InputFileException(source.file(), elementPath, "cannot be used: " + e.getMessage(), e);
      }
    }
  }

  /** The file a document came from, for messages. */
  record Source(String file) {}
}
