package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The teacher role of a user ({@code roles.teacher}). The spec also lists {@code name}, {@code
 * district}, {@code created} and {@code last_modified} here, which real data does not carry (they
 * live on the {@link User}); they are modeled as optional leftovers. Every field may be absent.
 *
 * <p>{@code toString} shows Clever's ids and the schools; the district's and state's ids of the
 * teacher ({@code sis_id}, {@code state_id}, {@code teacher_number}), the title, credentials, the
 * leftover name and extension fields show only their presence (the rule is in the package
 * description).
 */
@Value.Immutable
public abstract class TeacherRole {
  /** {@return the teacher's id from before v3} */
  public abstract Optional<String> legacyId();

  /** {@return the teacher's id in the district's SIS} */
  public abstract Optional<String> sisId();

  /** {@return the state's id of the teacher} */
  public abstract Optional<String> stateId();

  /** {@return the teacher's number in the district} */
  public abstract Optional<String> teacherNumber();

  /** {@return the id of the teacher's primary school} */
  public abstract Optional<String> school();

  /** {@return the ids of every school the teacher teaches at} */
  public abstract List<String> schools();

  /** {@return the teacher's job title, such as {@code Grade 6 Mathematics Teacher}} */
  public abstract Optional<String> title();

  /** {@return the teacher's district login} */
  public abstract Optional<Credentials> credentials();

  /** {@return the district id (a spec leftover, not observed in data)} */
  public abstract Optional<String> district();

  /** {@return the teacher's name (a spec leftover, not observed in data)} */
  public abstract Optional<Name> name();

  /** {@return creation time as sent (a spec leftover); see {@link #createdAt()}} */
  public abstract Optional<String> created();

  /** {@return last modification time as sent (a spec leftover); see {@link #lastModifiedAt()}} */
  public abstract Optional<String> lastModified();

  /** {@return district-defined extension fields, kept as JSON values} */
  public abstract Map<String, JsonValue> ext();

  /** {@return fields this SDK version does not know} */
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
   * Returns an extension field's value if it is a JSON string.
   *
   * @param key the extension field's name
   * @return the string, or empty if absent or not a string
   */
  public final Optional<String> extString(String key) {
    JsonValue v = ext().get(key);
    return v == null ? Optional.empty() : v.asString();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeacherRole}; every field is optional. */
  public static final class Builder extends ImmutableTeacherRole.Builder {}

  /**
   * Returns ids, schools and title; credentials, name and extension fields show only their
   * presence.
   */
  @Override
  public String toString() {
    return new ToString("TeacherRole")
        .add("legacyId", legacyId())
        .redact("sisId", sisId())
        .redact("stateId", stateId())
        .redact("teacherNumber", teacherNumber())
        .add("school", school())
        .add("schools", schools())
        .add("district", district())
        .redact("title", title())
        .redact("credentials", credentials())
        .redact("name", name())
        .redact("ext", ext())
        .unknown(unknownFields())
        .toString();
  }
}
