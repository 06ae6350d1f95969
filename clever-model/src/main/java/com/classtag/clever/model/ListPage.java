package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a list response, {@code {"data":[{"data":{..},"uri":".."}, ..], "links":[..]}}, fully
 * read. To read a large page record by record instead, use {@link PageReader}.
 *
 * @param <T> the record type
 */
@Value.Immutable
public abstract class ListPage<T> {
  /** {@return the page's entries in order, each a record with its {@code uri}} */
  public abstract List<ListEntry<T>> data();

  /** {@return the response's links: {@code self}, and {@code next} when more results may exist} */
  public abstract List<Link> links();

  /** {@return fields of the envelope this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return the records of this page, in order} */
  public final List<T> records() {
    return data().stream().map(ListEntry::data).collect(java.util.stream.Collectors.toList());
  }

  /**
   * {@return the {@code next} link's path, to be requested verbatim, or empty when this is the last
   * page} A next link does not promise more data: the next page may be empty.
   */
  public final Optional<String> nextUri() {
    return Links.uri(links(), "next");
  }

  /**
   * {@return a new builder}
   *
   * @param <T> the record type
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link ListPage}.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> extends ImmutableListPage.Builder<T> {}

  @Override
  public String toString() {
    return new ToString("ListPage")
        .add("records", data().size())
        .add("links", links())
        .unknown(unknownFields())
        .toString();
  }
}
