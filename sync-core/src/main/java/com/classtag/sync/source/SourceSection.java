package com.classtag.sync.source;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section (class) in the roster: the thing a synced classroom follows.
 *
 * <pre>{@code
 * SourceSection.builder().id("sec-1").schoolId("sch-1").name("Homeroom 4B")
 *     .subject("homeroom/advisory").grade("4")
 *     .addTeacherIds("t-primary", "t-co")
 *     .addStudentIds("s-1", "s-2")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SourceSection {
  /** {@return the section's id in the source (Clever id); classrooms link to it} */
  public abstract String id();

  /**
   * {@return the section's id in the district's SIS; used to re-identify a section whose source id
   * changed}
   */
  public abstract Optional<String> sisId();

  /** {@return the id of the school the section belongs to} */
  public abstract String schoolId();

  /** {@return the section's display name} */
  public abstract Optional<String> name();

  /** {@return the id of the section's term} */
  public abstract Optional<String> termId();

  /**
   * {@return the subject, for example {@code homeroom/advisory}; the section filter may select on
   * it}
   */
  public abstract Optional<String> subject();

  /** {@return the grade, for example {@code 4} or {@code Kindergarten}} */
  public abstract Optional<String> grade();

  /** {@return the teachers' person ids, primary teacher first, then co-teachers} */
  public abstract List<String> teacherIds();

  /** {@return the students' person ids} */
  public abstract List<String> studentIds();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceSection}; {@code id} and {@code schoolId} are required. */
  public static final class Builder extends ImmutableSourceSection.Builder {}
}
