package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.classtag.clever.model.internal.Utf8JsonReader;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes one model type as JSON with Gson's streaming API: no reflection, no JSON tree,
 * no intermediate string of the input. Instances are stateless and thread-safe; get them from
 * {@link CleverJson}.
 *
 * @param <T> the model type
 */
public abstract class JsonCodec<T> {
  JsonCodec() {}

  /**
   * Reads the fields of one value; the reader is positioned at the value. Errors are wrapped by the
   * caller.
   */
  abstract T readValue(JsonReader in) throws IOException;

  /** Reads a nested object; {@code null} reads as null, anything but an object is an error. */
  final T readNullable(JsonReader in) throws IOException {
    return Json.nullOr(in, JsonToken.BEGIN_OBJECT, "an object") ? null : readValue(in);
  }

  /** Writes one value. */
  abstract void writeValue(JsonWriter out, T value) throws IOException;

  /**
   * Reads one value from a reader positioned at it, leaving the reader after it. Use this to read
   * records from inside a larger document.
   *
   * @param in the reader
   * @return the value, never null
   * @throws CleverJsonException if the JSON is malformed, truncated or the wrong shape
   */
  public final T read(JsonReader in) {
    try {
      if (in.peek() == JsonToken.NULL) {
        throw Json.error(in, "expected a value but found null", null);
      }
      return readValue(in);
    } catch (IOException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw Json.wrap(in, e);
    }
  }

  /**
   * Reads one whole JSON document holding a value.
   *
   * @param json the document
   * @return the value
   * @throws CleverJsonException if the JSON is malformed, truncated, the wrong shape, or followed
   *     by more
   */
  public final T fromJson(String json) {
    return fromJson(new StringReader(json));
  }

  /**
   * Reads one whole UTF-8 JSON document holding a value. The stream is not closed.
   *
   * @param json the document
   * @return the value
   * @throws CleverJsonException if the JSON is malformed, truncated, the wrong shape, or followed
   *     by more
   * @throws UncheckedIOException if reading the stream fails
   */
  public final T fromJson(InputStream json) {
    return fromJson(new Utf8JsonReader(json));
  }

  /**
   * Reads one whole JSON document holding a value. The reader is not closed.
   *
   * @param json the document
   * @return the value
   * @throws CleverJsonException if the JSON is malformed, truncated, the wrong shape, or followed
   *     by more
   * @throws UncheckedIOException if reading fails
   */
  public final T fromJson(Reader json) {
    return fromJson(CleverJson.reader(json));
  }

  /**
   * Reads one whole JSON document holding a value from a reader at its start, with the reader's own
   * settings (the codecs expect {@link com.google.gson.Strictness#STRICT strict} ones). Use it for
   * a reader you made, such as one with limits of your own. The reader is not closed.
   *
   * @param in the reader, positioned before the document
   * @return the value
   * @throws CleverJsonException if the JSON is malformed, truncated, the wrong shape, or followed
   *     by more
   * @throws UncheckedIOException if reading fails
   */
  public final T fromJson(JsonReader in) {
    T value = read(in);
    try {
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw Json.error(in, "unexpected content after the value", null);
      }
    } catch (IOException e) {
      throw Json.wrap(in, e);
    }
    return value;
  }

  /**
   * Writes one value to a writer, inside a larger document.
   *
   * @param out the writer
   * @param value the value
   * @throws UncheckedIOException if writing fails
   */
  public final void write(JsonWriter out, T value) {
    try {
      writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one value as a compact JSON document.
   *
   * @param value the value
   * @param json the destination; not closed
   * @throws UncheckedIOException if writing fails
   */
  public final void toJson(T value, Writer json) {
    JsonWriter out = CleverJson.writer(json);
    write(out, value);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one value as a compact JSON document.
   *
   * @param value the value
   * @return the JSON text
   */
  public final String toJson(T value) {
    StringWriter w = new StringWriter();
    toJson(value, w);
    return w.toString();
  }
}
