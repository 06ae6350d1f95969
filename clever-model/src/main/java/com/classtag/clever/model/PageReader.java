package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.classtag.clever.model.internal.Utf8JsonReader;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a list response record by record, straight from its stream, so memory does not grow with
 * the page size. Iterate the records, then read {@link #links()} and {@link #nextUri()}, which are
 * known only once the whole body has been read (Clever usually sends {@code links} after {@code
 * data}).
 *
 * <p>Not thread-safe. {@link #close()} closes the underlying reader.
 *
 * <pre>{@code
 * try (PageReader<User> page = PageReader.open(reader, CleverJson.USER)) {
 *   while (page.hasNext()) {
 *     User user = page.next();
 *   }
 *   Optional<String> next = page.nextUri();
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class PageReader<T> implements Iterator<T>, Closeable {
  private final JsonReader in;
  private final JsonCodec<T> records;
  private final List<Link> links = new ArrayList<>(3);
  private boolean inData;
  private boolean done;
  private boolean sawData;
  private int count;
  private String lastUri;

  private PageReader(JsonReader in, JsonCodec<T> records) {
    this.in = in;
    this.records = records;
  }

  /**
   * Opens a reader over one list response and reads up to its first record.
   *
   * @param reader the response body; closed by {@link #close()}
   * @param records the codec of the record type, such as {@link CleverJson#USER}
   * @param <T> the record type
   * @return the page reader
   * @throws CleverJsonException if the body does not start like a list response
   */
  public static <T> PageReader<T> open(Reader reader, JsonCodec<T> records) {
    return open(CleverJson.reader(reader), records);
  }

  /**
   * Opens a page reader over one list response in UTF-8, read straight from its bytes (faster than
   * through a {@link Reader}).
   *
   * @param body the response body; closed by {@link #close()}
   * @param records the codec of the record type, such as {@link CleverJson#USER}
   * @param <T> the record type
   * @return the page reader
   * @throws CleverJsonException if the body does not start like a list response
   */
  public static <T> PageReader<T> open(InputStream body, JsonCodec<T> records) {
    return open(new Utf8JsonReader(body), records);
  }

  /**
   * Opens a page reader over one list response read by a reader you made, with its own settings
   * (the codecs expect {@link com.google.gson.Strictness#STRICT strict} ones).
   *
   * @param in the reader, positioned before the response; closed by {@link #close()}
   * @param records the codec of the record type, such as {@link CleverJson#USER}
   * @param <T> the record type
   * @return the page reader
   * @throws CleverJsonException if the body does not start like a list response
   */
  public static <T> PageReader<T> open(JsonReader in, JsonCodec<T> records) {
    PageReader<T> page = new PageReader<>(in, records);
    page.guard(
        () -> {
          page.in.beginObject();
          page.advanceToData();
        });
    return page;
  }

  /**
   * Returns whether another record follows.
   *
   * @throws CleverJsonException if the body is malformed or truncated
   */
  @Override
  public boolean hasNext() {
    if (done) {
      return false;
    }
    guard(
        () -> {
          if (inData && !in.hasNext()) {
            in.endArray();
            inData = false;
            advanceToData();
          }
        });
    return inData;
  }

  /**
   * Returns the next record, parsed from the stream.
   *
   * @throws NoSuchElementException if there are no more records
   * @throws CleverJsonException if the record is malformed
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ListEntry<T> entry;
    try {
      entry = EnvelopeCodecs.readEntry(in, records);
    } catch (IOException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw Json.wrap(in, e);
    }
    count++;
    lastUri = entry.uri().orElse(null);
    return entry.data();
  }

  /** {@return how many records have been read so far} */
  public int count() {
    return count;
  }

  /** {@return the {@code uri} of the last record read, if Clever sent one} */
  public Optional<String> lastUri() {
    return Optional.ofNullable(lastUri);
  }

  /**
   * {@return the response's links} Reads the rest of the body first, skipping any unread records.
   *
   * @throws CleverJsonException if the rest of the body is malformed or truncated
   */
  public List<Link> links() {
    while (hasNext()) {
      guard(in::skipValue);
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * {@return the {@code next} link's path, or empty when this is the last page} Reads the rest of
   * the body first.
   *
   * @throws CleverJsonException if the rest of the body is malformed or truncated
   */
  public Optional<String> nextUri() {
    return Links.uri(links(), "next");
  }

  /** Closes the underlying reader. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves to the next record or the end of the body, reading links and skipping unknown fields. */
  private void advanceToData() throws IOException {
    while (in.hasNext()) {
      String name = in.nextName();
      if (name.equals("data") && !sawData) {
        sawData = true;
        if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of records")) {
          continue;
        }
        in.beginArray();
        inData = true;
        return;
      } else if (name.equals("links")) {
        links.addAll(LinkCodec.readList(in));
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    if (in.peek() != JsonToken.END_DOCUMENT) {
      throw Json.error(in, "unexpected content after the response", null);
    }
    if (!sawData) {
      throw Json.error(in, "list response has no data array", null);
    }
    done = true;
  }

  private interface Step {
    void run() throws IOException;
  }

  private void guard(Step step) {
    try {
      step.run();
    } catch (IOException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw Json.wrap(in, e);
    }
  }
}
