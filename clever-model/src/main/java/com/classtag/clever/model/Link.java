package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A link in a response's {@code links} array, such as {@code
 * {"rel":"next","uri":"/v3.0/users?..."}}.
 *
 * <p>{@code rel} is an open string: besides the spec's {@code next}, {@code prev} and {@code self},
 * Clever sends {@code canonical}, {@code district} and others. {@code uri} is a path that already
 * includes the version prefix; resolve it against the API host, not the versioned base.
 */
@Value.Immutable
public abstract class Link {
  /** {@return the relation, such as {@code next}; empty string if Clever sent none} */
  public abstract String rel();

  /**
   * {@return the path, such as {@code /v3.0/users?starting_after=...}; empty string if Clever sent
   * none}
   */
  public abstract String uri();

  /**
   * {@return fields this SDK version does not know, kept so that writing the link back preserves
   * them}
   */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns a link.
   *
   * @param rel the relation
   * @param uri the path
   * @return the link
   */
  public static Link of(String rel, String uri) {
    return builder().rel(rel).uri(uri).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Link}; {@code rel} and {@code uri} are required. */
  public static final class Builder extends ImmutableLink.Builder {}

  @Override
  public String toString() {
    return new ToString("Link")
        .add("rel", rel())
        .add("uri", uri())
        .unknown(unknownFields())
        .toString();
  }
}
