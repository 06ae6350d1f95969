package com.classtag.clever.model.internal;

import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.JsonValue;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streaming read and write helpers shared by every adapter. They implement the SDK-wide
 * conventions: an absent, {@code null} or {@code ""} scalar is "no value" (returned as {@code null}
 * here), a required id must be a non-empty JSON string, and every shape error becomes a {@link
 * CleverJsonException} naming the path.
 */
public final class Json {
  private Json() {}

  /**
   * Reads an optional string. Numbers and booleans are accepted as their text, because Clever
   * documents these fields as strings and a source system may send a bare number.
   *
   * @return the string, or null for {@code null} or {@code ""}
   * @throws CleverJsonException if the value is an array or object
   */
  public static String string(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    switch (token) {
      case STRING:
      case NUMBER:
        String s = in.nextString();
        return s.isEmpty() ? null : s;
      case BOOLEAN:
        return Boolean.toString(in.nextBoolean());
      case NULL:
        in.nextNull();
        return null;
      default:
        throw error(in, "expected a string but found " + describe(token), null);
    }
  }

  /**
   * Reads an optional string and shares it with earlier equal strings read on this thread. Use for
   * values that repeat across records: district and school ids, term and course ids.
   *
   * @return the shared string, or null for {@code null} or {@code ""}
   * @throws CleverJsonException if the value is an array or object
   */
  public static String pooled(JsonReader in) throws IOException {
    String s = string(in);
    return s == null ? null : StringPool.share(s);
  }

  /**
   * Reads an optional string of a person that often repeats across records (a name, a birth date, a
   * title, a city or zip) and, while this thread reads records to keep them ({@link #keepValues}),
   * shares it with earlier equal strings: a kept roster then holds each such value once rather than
   * per record, and the collector has that much less to copy.
   *
   * @return the string, or null for {@code null} or {@code ""}
   * @throws CleverJsonException if the value is an array or object
   */
  public static String kept(JsonReader in) throws IOException {
    String s = string(in);
    return s == null ? null : StringPool.keep(s);
  }

  /**
   * Sets whether this thread reads records to keep them (as a roster snapshot does), so that {@link
   * #kept} shares repeated values. Set it around such a read and restore the previous setting after
   * it.
   *
   * @param on whether the records read next are kept
   * @return the previous setting
   */
  public static boolean keepValues(boolean on) {
    return StringPool.keeping(on);
  }

  /**
   * Returns {@code earlier} if it equals {@code s}, else {@code s}: lets a record keep one instance
   * of two equal values, such as a {@code last_modified} equal to its {@code created}.
   *
   * @param earlier a value read before, or null
   * @param s the value just read, or null
   * @return {@code earlier} when equal, else {@code s}
   */
  public static String sameOr(String earlier, String s) {
    return s != null && s.equals(earlier) ? earlier : s;
  }

  /**
   * Returns {@code s} or an equal string read earlier on this thread: for field names kept in a
   * record, such as unknown fields and {@code ext} keys, which repeat in every record.
   *
   * @param s the string, not null
   * @return the shared string
   */
  public static String share(String s) {
    return StringPool.share(s);
  }

  /**
   * Reads a required id: a non-empty JSON string.
   *
   * @throws CleverJsonException if the value is missing, empty, or not a string
   */
  public static String id(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.STRING) {
      throw error(in, "expected an id string but found " + describe(in.peek()), null);
    }
    String s = in.nextString();
    if (s.isEmpty()) {
      throw error(in, "expected a non-empty id", null);
    }
    return s;
  }

  /**
   * Reads an optional boolean; {@code "true"}/{@code "false"} strings are accepted too.
   *
   * @return the value, or null for {@code null} or {@code ""}
   * @throws CleverJsonException for any other value
   */
  public static Boolean bool(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.BOOLEAN) {
      return in.nextBoolean();
    }
    if (token == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    if (token == JsonToken.STRING) {
      String s = in.nextString();
      if (s.isEmpty()) {
        return null;
      }
      if (s.equals("true") || s.equals("false")) {
        return Boolean.valueOf(s);
      }
    }
    throw error(in, "expected a boolean", null);
  }

  /**
   * Reads an array of strings; {@code null} reads as empty. Null and empty elements are skipped,
   * since they name nothing.
   *
   * @param pooled whether to share the elements (for school ids, which repeat)
   * @throws CleverJsonException if the value is not an array of strings
   */
  public static List<String> strings(JsonReader in, boolean pooled) throws IOException {
    if (nullOr(in, JsonToken.BEGIN_ARRAY, "an array")) {
      return Collections.emptyList();
    }
    in.beginArray();
    List<String> out = new ArrayList<>();
    while (in.hasNext()) {
      String s = pooled ? pooled(in) : string(in);
      if (s != null) {
        out.add(s);
      }
    }
    in.endArray();
    return out;
  }

  /**
   * Consumes a {@code null} and returns true, returns false when the next token is {@code
   * expected}, and throws otherwise. Lets an adapter treat {@code null} as "no value" before
   * reading an object or array.
   *
   * @param what a description of the expected shape, for the message
   * @throws CleverJsonException when the token is neither null nor {@code expected}
   */
  public static boolean nullOr(JsonReader in, JsonToken expected, String what) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.NULL) {
      in.nextNull();
      return true;
    }
    if (token != expected) {
      throw error(in, "expected " + what + " but found " + describe(token), null);
    }
    return false;
  }

  /**
   * Reads any JSON value verbatim. A string is kept as text; anything else as compact JSON, parsed
   * one value at a time, never a whole document.
   *
   * @throws CleverJsonException if the value is malformed
   */
  public static JsonValue value(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.STRING) {
      return JsonValue.ofString(in.nextString());
    }
    try {
      JsonElement element = JsonParser.parseReader(in);
      return JsonValue.ofJson(element.toString());
    } catch (JsonParseException e) {
      throw error(in, "malformed JSON value", e);
    }
  }

  /**
   * Reads an object of arbitrary values, such as {@code ext}; {@code null} reads as empty. Its
   * names are shared ({@link #share}), and its string values as {@link #kept} shares them.
   *
   * @throws CleverJsonException if the value is not an object
   */
  public static Map<String, JsonValue> values(JsonReader in) throws IOException {
    if (nullOr(in, JsonToken.BEGIN_OBJECT, "an object")) {
      return Collections.emptyMap();
    }
    Map<String, JsonValue> out = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String name = StringPool.share(in.nextName());
      out.put(
          name,
          in.peek() == JsonToken.STRING
              ? JsonValue.ofString(StringPool.keep(in.nextString()))
              : value(in));
    }
    in.endObject();
    return out;
  }

  /** Writes a value kept by {@link #value(JsonReader)} back unchanged. */
  public static void write(JsonWriter out, JsonValue value) throws IOException {
    Optional<String> s = value.asString();
    if (s.isPresent()) {
      out.value(s.get());
    } else {
      out.jsonValue(value.toJson());
    }
  }

  /** Writes {@code name: value} when the value is present. */
  public static void write(JsonWriter out, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      out.name(name).value(value.get().toString());
    }
  }

  /** Writes {@code name: [..]} when the list is not empty. */
  public static void write(JsonWriter out, String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      out.name(name).beginArray();
      for (String v : values) {
        out.value(v);
      }
      out.endArray();
    }
  }

  /** Writes an object of kept values under {@code name} when it is not empty. */
  public static void writeObject(JsonWriter out, String name, Map<String, JsonValue> values)
      throws IOException {
    if (!values.isEmpty()) {
      out.name(name).beginObject();
      writeFields(out, values);
      out.endObject();
    }
  }

  /** Writes kept fields (such as unknown fields) into the object being written. */
  public static void writeFields(JsonWriter out, Map<String, JsonValue> values) throws IOException {
    for (Map.Entry<String, JsonValue> e : values.entrySet()) {
      out.name(e.getKey());
      write(out, e.getValue());
    }
  }

  /**
   * Returns a {@link CleverJsonException} at the reader's current path.
   *
   * @param problem what was wrong, without input values
   * @param cause the parser error, or null
   */
  public static CleverJsonException error(JsonReader in, String problem, Throwable cause) {
    return new CleverJsonException(in.getPath(), problem, cause);
  }

  /**
   * Returns a {@link CleverJsonException} for a failure of the underlying parser: malformed or
   * truncated JSON, or a token of the wrong kind.
   */
  public static CleverJsonException wrap(JsonReader in, Exception e) {
    if (e instanceof CleverJsonException) {
      return (CleverJsonException) e;
    }
    String problem;
    if (e instanceof java.io.EOFException) {
      problem = "truncated JSON";
    } else if (e instanceof IllegalStateException) {
      problem = "unexpected JSON structure";
    } else if (e instanceof NumberFormatException) {
      problem = "malformed number";
    } else {
      problem = "malformed JSON";
    }
    return error(in, problem, e);
  }

  /** Returns {@code s} as a quoted, escaped JSON string. */
  public static String quote(String s) {
    StringWriter w = new StringWriter(s.length() + 2);
    try (JsonWriter out = new JsonWriter(w)) {
      out.setHtmlSafe(false);
      out.value(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case BEGIN_OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case END_DOCUMENT:
        return "the end of the input";
      default:
        return "the end of an object or array";
    }
  }
}
