package com.classtag.sync.json;

import com.classtag.sync.json.internal.JsonInput;
import com.classtag.sync.json.internal.SettingsReader;
import com.classtag.sync.json.internal.SettingsWriter;
import com.classtag.sync.settings.SyncSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes {@link SyncSettings} in the settings format, version {@value #VERSION},
 * documented in {@code docs/settings.md} (JSON Schema in {@code docs/schema/settings.schema.json}).
 * Only {@code version} is required; an absent setting keeps ClassTag's default. Reading is strict:
 * an unknown field (a typo), a value of the wrong type, a number out of range and a repeated list
 * item are errors, each a {@link JsonFormatException} naming its JSON path. Writing then reading
 * gives back equal settings.
 *
 * <pre>{@code
 * SyncSettings settings = SettingsJson.fromJson("{\"version\": 1, \"archiveEndedTerms\": true}");
 * }</pre>
 */
public final class SettingsJson {
  /** The version of the format this SDK reads and writes. */
  public static final int VERSION = SettingsReader.VERSION;

  private SettingsJson() {}

  /**
   * Reads one settings document from UTF-8 bytes, such as a file's; nothing may follow it. The
   * fastest way to read a file: the bytes are tokenized as they are, with no decoding to characters
   * first.
   *
   * @param in the JSON, UTF-8 (RFC 8259); not closed
   * @return the settings
   * @throws IllegalArgumentException if {@code in} is null
   * @throws JsonFormatException if the JSON is malformed, truncated or not UTF-8, or not valid
   *     settings of version {@value #VERSION}; it names the JSON path and what was expected there
   * @throws UncheckedIOException if reading fails
   */
  public static SyncSettings read(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("in must not be null");
    }
    return SettingsReader.read(new JsonInput(in));
  }

  /**
   * Reads one settings document from characters; nothing may follow it. For a file, {@link
   * #read(InputStream)} is faster.
   *
   * @param in the JSON; not closed
   * @return the settings
   * @throws IllegalArgumentException if {@code in} is null
   * @throws JsonFormatException if the JSON is malformed or truncated, or not valid settings of
   *     version {@value #VERSION}; it names the JSON path and what was expected there
   * @throws UncheckedIOException if reading fails
   */
  public static SyncSettings read(Reader in) {
    if (in == null) {
      throw new IllegalArgumentException("in must not be null");
    }
    return SettingsReader.read(new JsonInput(in));
  }

  /**
   * Reads one settings document from a string.
   *
   * @param json the JSON
   * @return the settings
   * @throws IllegalArgumentException if {@code json} is null
   * @throws JsonFormatException if the JSON is malformed or truncated, or not valid settings of
   *     version {@value #VERSION}; it names the JSON path and what was expected there
   */
  public static SyncSettings fromJson(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes settings, every one of them (defaults too), indented by two spaces.
   *
   * @param settings the settings
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException if an argument is null, or a setting is outside what the
   *     format holds (an empty text value, more than 3650 days of term grace); checked before
   *     anything is written
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SyncSettings settings, Writer out) {
    if (settings == null || out == null) {
      throw new IllegalArgumentException(
          (settings == null ? "settings" : "out") + " must not be null");
    }
    SettingsWriter.write(settings, out);
  }

  /**
   * Returns settings as a settings document.
   *
   * @param settings the settings
   * @return the JSON
   * @throws IllegalArgumentException if {@code settings} is null, or a setting is outside what the
   *     format holds
   */
  public static String toJson(SyncSettings settings) {
    StringWriter out = new StringWriter();
    write(settings, out);
    return out.toString();
  }
}
