package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a list response's {@code data} array: {@code
 * {"data":{..record..},"uri":"/v3.0/users/.."}}.
 *
 * @param <T> the record type
 */
@Value.Immutable
public abstract class ListEntry<T> {
  /** {@return the record} */
  public abstract T data();

  /** {@return the record's path, such as {@code /v3.0/users/<id>}, when Clever sent one} */
  public abstract Optional<String> uri();

  /** {@return fields of the entry this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns an entry.
   *
   * @param data the record
   * @param uri its path, or null
   * @param <T> the record type
   * @return the entry
   */
  public static <T> ListEntry<T> of(T data, String uri) {
    return new Builder<T>().data(data).uri(Optional.ofNullable(uri)).build();
  }

  /**
   * Builds a {@link ListEntry}.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> extends ImmutableListEntry.Builder<T> {}

  @Override
  public String toString() {
    return new ToString("ListEntry").add("data", data()).add("uri", uri()).toString();
  }
}
