package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A single-resource response, {@code {"data":{..},"links":[..]}}, such as {@code GET /users/{id}}
 * or {@code GET /me} (which also carries a top-level {@code "type"}).
 *
 * @param <T> the record type
 */
@Value.Immutable
public abstract class SingleResponse<T> {
  /** {@return the record} */
  public abstract T data();

  /** {@return the response's links, such as {@code self}; often absent, then empty} */
  public abstract List<Link> links();

  /** {@return the top-level {@code type}, sent by {@code /me} (always {@code "user"} in v3)} */
  public abstract Optional<String> type();

  /** {@return fields of the envelope this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns a response holding only a record.
   *
   * @param data the record
   * @param <T> the record type
   * @return the response
   */
  public static <T> SingleResponse<T> of(T data) {
    return new Builder<T>().data(data).build();
  }

  /**
   * Builds a {@link SingleResponse}.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> extends ImmutableSingleResponse.Builder<T> {}

  @Override
  public String toString() {
    return new ToString("SingleResponse")
        .add("data", data())
        .add("type", type())
        .add("links", links())
        .unknown(unknownFields())
        .toString();
  }
}
