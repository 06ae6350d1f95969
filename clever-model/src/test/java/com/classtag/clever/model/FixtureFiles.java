package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Loads golden JSON fixtures from {@code src/test/resources/fixtures} and compares JSON documents.
 */
final class FixtureFiles {
  private FixtureFiles() {}

  /** Returns a fixture's text, such as {@code read("sections/sections-page.json")}. */
  static String read(String path) {
    try (InputStream in = FixtureFiles.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a reader over a fixture's text. */
  static StringReader reader(String path) {
    return new StringReader(read(path));
  }

  /**
   * Parses a fixture, writes it back and asserts the output is the same JSON document (member order
   * aside). Use for fixtures without {@code ""} or {@code null} record fields, which read as "no
   * value".
   */
  static <T> T assertWritesBackExactly(JsonCodec<T> codec, String path) {
    String json = read(path);
    T value = codec.fromJson(json);
    assertThat(tree(codec.toJson(value))).isEqualTo(tree(json));
    assertThat(codec.fromJson(codec.toJson(value))).isEqualTo(value);
    return value;
  }

  /**
   * Parses a fixture, writes it back and asserts the output is the fixture without its {@code ""}
   * and {@code null} object members, and that reading the output gives an equal value.
   */
  static <T> T assertWritesBackNormalized(JsonCodec<T> codec, String path) {
    String json = read(path);
    T value = codec.fromJson(json);
    assertThat(tree(codec.toJson(value))).isEqualTo(withoutNoValues(tree(json)));
    assertThat(codec.fromJson(codec.toJson(value))).isEqualTo(value);
    return value;
  }

  /** Parses JSON into a Gson tree, whose object equality ignores member order. */
  static JsonElement tree(String json) {
    return JsonParser.parseString(json);
  }

  private static JsonElement withoutNoValues(JsonElement e) {
    if (e.isJsonArray()) {
      e.getAsJsonArray().asList().replaceAll(FixtureFiles::withoutNoValues);
      return e;
    }
    if (!e.isJsonObject()) {
      return e;
    }
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
      JsonElement v = m.getValue();
      boolean noValue = v.isJsonNull() || v.equals(new JsonPrimitive(""));
      if (!noValue) {
        out.add(m.getKey(), withoutNoValues(v));
      }
    }
    return out;
  }
}
