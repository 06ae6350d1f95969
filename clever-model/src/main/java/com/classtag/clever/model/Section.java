package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section ({@code GET /sections}): a class of students with its teachers. Only {@link #id()} is
 * required. Enrollment is expressed by {@link #students()} and {@link #teachers()}; v3 has no
 * separate enrollment records.
 *
 * <pre>{@code
 * Section s = Section.builder().id("64da20aa8b7f2a0001c40a01").name("Math 6 - Whitfield - 2")
 *     .teacher("64da1c3a8b7f2a0001c3e011").addStudents("64da1c0e8b7f2a0001c3d901").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Section implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the district the section belongs to} */
  public abstract Optional<String> district();

  /** {@return the id of the section's school} */
  public abstract Optional<String> school();

  /** {@return the section's name, such as {@code Math 6 - Whitfield - 2}; not unique} */
  public abstract Optional<String> name();

  /** {@return creation time as sent; see {@link #createdAt()}} */
  public abstract Optional<String> created();

  /** {@return last modification time as sent; see {@link #lastModifiedAt()}} */
  public abstract Optional<String> lastModified();

  /** {@return the section's id in the district's SIS} */
  public abstract Optional<String> sisId();

  /** {@return the section number; usually absent} */
  public abstract Optional<String> sectionNumber();

  /** {@return the period, such as {@code 2}} */
  public abstract Optional<String> period();

  /** {@return the section's subject} */
  public abstract Optional<Subject> subject();

  /** {@return the section's grade; it may not match its students' grades} */
  public abstract Optional<Grade> grade();

  /** {@return the id of the course the section teaches} */
  public abstract Optional<String> course();

  /** {@return the id of the section's term ({@code term_id})} */
  public abstract Optional<String> termId();

  /** {@return the primary teacher's user id} */
  public abstract Optional<String> teacher();

  /** {@return every teacher's user id, the primary teacher included, in the order sent} */
  public abstract List<String> teachers();

  /** {@return the enrolled students' user ids, in the order sent} */
  public abstract List<String> students();

  /** {@return whether LMS Connect synced the section (v3.1)} */
  public abstract Optional<LmsStatus> lmsStatus();

  /** {@return district-defined extension fields, kept as JSON values} */
  public abstract Map<String, JsonValue> ext();

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

  /**
   * Builds a {@link Section}; {@code build()} throws {@link IllegalStateException} without an
   * {@code id}.
   */
  public static final class Builder extends ImmutableSection.Builder {}

  /**
   * Returns ids and codes and the number of students, not their ids; extension fields are redacted.
   */
  @Override
  public String toString() {
    return new ToString("Section")
        .add("id", id())
        .add("district", district())
        .add("school", school())
        .add("name", name())
        .add("sisId", sisId())
        .add("subject", subject())
        .add("grade", grade())
        .add("course", course())
        .add("termId", termId())
        .add("teacher", teacher())
        .add("teachers", teachers())
        .add("students", students().size())
        .add("lmsStatus", lmsStatus())
        .redact("ext", ext())
        .unknown(unknownFields())
        .toString();
  }
}
