package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A course ({@code GET /courses}), which Clever builds from section data. Only {@link #id()} is
 * required.
 *
 * <p>Course ids have historically been unstable: Clever may delete a course and create it again
 * with a new id. Since 2023 a district that sends a course number gets stable ids.
 *
 * <pre>{@code
 * Course course = Course.builder().id("64da1f4b8b7f2a0001c40501").name("Math 6").number("MA0601").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Course implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the district the course belongs to} */
  public abstract Optional<String> district();

  /** {@return the course's name} */
  public abstract Optional<String> name();

  /** {@return the course number the district sent, such as {@code MA0601}} */
  public abstract Optional<String> number();

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Course}; {@code build()} throws {@link IllegalStateException} without an {@code
   * id}.
   */
  public static final class Builder extends ImmutableCourse.Builder {}

  /** Returns every field: a course holds no personal data. Unknown fields show only their names. */
  @Override
  public String toString() {
    return new ToString("Course")
        .add("id", id())
        .add("district", district())
        .add("name", name())
        .add("number", number())
        .unknown(unknownFields())
        .toString();
  }
}
