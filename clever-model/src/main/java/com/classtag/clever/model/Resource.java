package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource ({@code GET /resources}): an app-defined piece of content a district assigned to
 * courses. Only {@link #id()} is required. Unlike other records its modification time is {@code
 * updated}, not {@code last_modified}.
 *
 * <pre>{@code
 * Resource r = Resource.builder().id("64f1ff008b7f2a0001c4aa01").resourceId("unit-3")
 *     .addRoles(ResourceRole.STUDENT).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Resource implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the district the resource belongs to} */
  public abstract Optional<String> district();

  /** {@return the app's own identifier of the content ({@code resource_id})} */
  public abstract Optional<String> resourceId();

  /** {@return the resource's title} */
  public abstract Optional<String> title();

  /** {@return the roles the resource is meant for, in the order sent} */
  public abstract List<ResourceRole> roles();

  /** {@return creation time as sent; see {@link #createdAt()}} */
  public abstract Optional<String> created();

  /** {@return last update time as sent ({@code updated}); see {@link #updatedAt()}} */
  public abstract Optional<String> updated();

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return {@link #created()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> createdAt() {
    return Dates.instant(created());
  }

  /** {@return {@link #updated()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> updatedAt() {
    return Dates.instant(updated());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Resource}; {@code build()} throws {@link IllegalStateException} without an id.
   */
  public static final class Builder extends ImmutableResource.Builder {}

  /**
   * Returns every field: a resource holds no personal data. Unknown fields show only their names.
   */
  @Override
  public String toString() {
    return new ToString("Resource")
        .add("id", id())
        .add("district", district())
        .add("resourceId", resourceId())
        .add("title", title())
        .add("roles", roles())
        .add("created", created())
        .add("updated", updated())
        .unknown(unknownFields())
        .toString();
  }
}
