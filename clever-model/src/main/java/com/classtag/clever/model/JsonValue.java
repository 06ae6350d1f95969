package com.classtag.clever.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON value kept verbatim: an extension ({@code ext}) field, or a field this SDK
 * version does not know.
 *
 * <p>A JSON string is held as its text; any other value (number, boolean, null, array, object) is
 * held as compact JSON. Writing a model back emits the value unchanged. {@code toString()} never
 * shows the content, because extension fields are district-defined and may hold personal data.
 */
public final class JsonValue {
  private final String text;
  private final boolean string;

  private JsonValue(String text, boolean string) {
    this.text = Objects.requireNonNull(text, "text");
    this.string = string;
  }

  /**
   * Returns a value holding a JSON string.
   *
   * @param value the string's content
   * @return the value
   * @throws NullPointerException if {@code value} is null
   */
  public static JsonValue ofString(String value) {
    return new JsonValue(value, true);
  }

  /**
   * Returns a value holding JSON text that is not a string (number, boolean, null, array or
   * object). The text is not validated here; it is written verbatim.
   *
   * @param json compact JSON text
   * @return the value
   * @throws NullPointerException if {@code json} is null
   */
  public static JsonValue ofJson(String json) {
    return new JsonValue(json, false);
  }

  /** {@return whether this value is a JSON string} */
  public boolean isString() {
    return string;
  }

  /** {@return the string's content if this value is a JSON string, else empty} */
  public Optional<String> asString() {
    return string ? Optional.of(text) : Optional.empty();
  }

  /** {@return this value as JSON text; a string is quoted and escaped} */
  public String toJson() {
    return string ? com.classtag.clever.model.internal.Json.quote(text) : text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonValue
        && ((JsonValue) other).string == string
        && ((JsonValue) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + (string ? 1 : 0);
  }

  /** Returns a placeholder: the content may be personal data. */
  @Override
  public String toString() {
    return "JsonValue{<redacted>}";
  }
}
