package com.classtag.sync.json;

import com.classtag.sync.json.internal.AppStateReader;
import com.classtag.sync.json.internal.AppStateWriter;
import com.classtag.sync.json.internal.JsonInput;
import com.classtag.sync.state.AppState;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes an {@link AppState} in the app-state format, version {@value #VERSION},
 * documented in {@code docs/app-state.md} (JSON Schema in {@code
 * docs/schema/app-state.schema.json}). Written by hand, streaming (a strict tokenizer of its own to
 * read, Gson's {@code JsonWriter} to write): no reflection, no tree of the whole file in memory.
 * Reading is strict: malformed JSON (RFC 8259), an unknown field, a field given twice, a missing
 * required field, a value of the wrong type and an unknown constant are errors, each a {@link
 * JsonFormatException} naming its JSON path. Writing then reading gives back an equal state.
 *
 * <pre>{@code
 * AppState state = AppStateJson.read(reader);
 * Plan plan = Planner.create(settings).plan(roster, state, Instant.now());
 * AppStateJson.write(Planner.apply(plan, state), writer);
 * }</pre>
 *
 * <p>The file holds personal data (names, emails, phones): treat it accordingly.
 */
public final class AppStateJson {
  /** The version of the format this SDK reads and writes. */
  public static final int VERSION = AppStateReader.VERSION;

  private AppStateJson() {}

  /**
   * Reads one app-state document from UTF-8 bytes, such as a file's; nothing may follow it. The
   * fastest way to read a file: the bytes are tokenized as they are, with no decoding to characters
   * first.
   *
   * @param in the JSON, UTF-8 (RFC 8259); not closed
   * @return the state
   * @throws IllegalArgumentException if {@code in} is null
   * @throws JsonFormatException if the JSON is malformed, truncated or not UTF-8, or not a valid
   *     state of version {@value #VERSION}; it names the JSON path and what was expected there
   * @throws UncheckedIOException if reading fails
   */
  public static AppState read(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("in must not be null");
    }
    return AppStateReader.read(new JsonInput(in));
  }

  /**
   * Reads one app-state document from characters; nothing may follow it. For a file, {@link
   * #read(InputStream)} is faster.
   *
   * @param in the JSON; not closed
   * @return the state
   * @throws IllegalArgumentException if {@code in} is null
   * @throws JsonFormatException if the JSON is malformed or truncated, or not a valid state of
   *     version {@value #VERSION}; it names the JSON path and what was expected there
   * @throws UncheckedIOException if reading fails
   */
  public static AppState read(Reader in) {
    if (in == null) {
      throw new IllegalArgumentException("in must not be null");
    }
    return AppStateReader.read(new JsonInput(in));
  }

  /**
   * Reads one app-state document from a string.
   *
   * @param json the JSON
   * @return the state
   * @throws IllegalArgumentException if {@code json} is null
   * @throws JsonFormatException if the JSON is malformed or truncated, or not a valid state of
   *     version {@value #VERSION}; it names the JSON path and what was expected there
   */
  public static AppState fromJson(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a state: the top level indented, one record per line. Absent values, the default status
   * {@code INVITED} and empty lists are left out; the baseline's section ids and each student's
   * extension fields are sorted, so equal states give equal text.
   *
   * @param state the state
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException if an argument is null, or the state holds a value the format
   *     cannot (an empty id, a school's source school id listed twice); checked before anything is
   *     written
   * @throws UncheckedIOException if writing fails
   */
  public static void write(AppState state, Writer out) {
    if (state == null || out == null) {
      throw new IllegalArgumentException((state == null ? "state" : "out") + " must not be null");
    }
    AppStateWriter.write(state, out);
  }

  /**
   * Returns a state as an app-state document.
   *
   * @param state the state
   * @return the JSON
   * @throws IllegalArgumentException if {@code state} is null, or holds a value the format cannot
   */
  public static String toJson(AppState state) {
    StringWriter out = new StringWriter();
    write(state, out);
    return out.toString();
  }
}
