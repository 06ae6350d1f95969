package com.classtag.clever.client.internal;

import com.classtag.clever.model.JsonCodec;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a listing reads: its first page, the codec of its records, how to get a record's id (the
 * cursor to resume from), and, for events after a cursor, how to check that the cursor still
 * exists.
 *
 * @param first the URI of the first page
 * @param codec the record codec
 * @param idOf a record's id
 * @param cursorCheck for listings after an events cursor: throws {@code CursorExpiredException} if
 *     Clever no longer knows the cursor it is given; null for other listings
 * @param <T> the record type
 */
public record Listing<T>(
    URI first, JsonCodec<T> codec, Function<T, String> idOf, Consumer<String> cursorCheck) {
  /** Checks the required parts. */
  public Listing {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(idOf, "idOf");
  }

  /**
   * Returns this listing starting at another first page.
   *
   * @param newFirst the new first page
   * @return the listing
   */
  public Listing<T> startingAt(URI newFirst) {
    return new Listing<>(newFirst, codec, idOf, cursorCheck);
  }

  /**
   * Returns the events cursor this listing starts after, when its cursor must be checked; else
   * null.
   */
  String checkedCursor() {
    return cursorCheck == null ? null : Query.cursorAfter(first);
  }
}
