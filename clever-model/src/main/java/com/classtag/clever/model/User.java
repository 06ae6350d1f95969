package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user ({@code GET /users}): a student, teacher, staff member, district administrator or contact,
 * told apart by {@link #roles()}. Only {@link #id()} is required; key off it, never off email or
 * {@code sis_id}, which can be shared or change. A teacher who is also a parent is two users.
 *
 * <p>A realistic student for a test, in one line or with more fields:
 *
 * <pre>{@code
 * User maria = User.student("64da1c0e8b7f2a0001c3d901", "64d9e1b5f3c4b50001a2b401")
 *     .name(Name.of("Maria", "Lopez")).build();
 *
 * User devon = User.builder()
 *     .id("64da1c0e8b7f2a0001c3d902")
 *     .district("64d9e1a2f3c4b50001a2b3c4")
 *     .roles(Roles.builder()
 *         .student(StudentRole.atSchool("64d9e1b5f3c4b50001a2b401").grade(Grade.KINDERGARTEN).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>{@code toString} shows ids, timestamps are omitted, and the name and email show only their
 * presence; each role describes itself the same way.
 */
@Value.Immutable
public abstract class User implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the user's district} */
  public abstract Optional<String> district();

  /** {@return the user's name; a contact's full name is in {@link Name#last()}} */
  public abstract Optional<Name> name();

  /**
   * {@return the user's email, as the source system has it: not verified, not unique, maybe without
   * {@code @}}
   */
  public abstract Optional<String> email();

  /**
   * {@return creation time as sent, for example {@code 2021-03-02T22:24:53.347Z}; see {@link
   * #createdAt()}}
   */
  public abstract Optional<String> created();

  /** {@return last modification time as sent; see {@link #lastModifiedAt()}} */
  public abstract Optional<String> lastModified();

  /** {@return whether LMS Connect synced this user (v3.1)} */
  public abstract Optional<LmsStatus> lmsStatus();

  /** {@return the user's roles; no roles if Clever sent none} */
  @Value.Default
  public Roles roles() {
    return Roles.NONE;
  }

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return {@link #created()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> createdAt() {
    return Dates.instant(created());
  }

  /** {@return {@link #lastModified()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastModifiedAt() {
    return Dates.instant(lastModified());
  }

  /**
   * Returns a builder of a student user whose primary and only school is {@code schoolId}; set more
   * fields on it, or replace {@link #roles()} for a fuller student role.
   *
   * @param id the user's id
   * @param schoolId the school's id
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder student(String id, String schoolId) {
    return builder()
        .id(id)
        .roles(Roles.builder().student(StudentRole.atSchool(schoolId).build()).build());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link User}; {@code id} is required, and {@code roles} defaults to none. */
  public static final class Builder extends ImmutableUser.Builder {}

  /**
   * Returns ids, the LMS status and each role's own description; name and email show only presence.
   */
  @Override
  public String toString() {
    return new ToString("User")
        .add("id", id())
        .add("district", district())
        .redact("name", name())
        .redact("email", email())
        .add("lmsStatus", lmsStatus())
        .add("roles", roles())
        .unknown(unknownFields())
        .toString();
  }
}
