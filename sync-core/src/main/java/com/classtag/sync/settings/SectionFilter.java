package com.classtag.sync.settings;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which sections the sync turns into classrooms, for example only homerooms. Each dimension with
 * values restricts: a section passes when every non-empty dimension contains its value. Subjects
 * and grades compare without regard to case; a section with no subject (grade) fails a subject
 * (grade) restriction. The default filter is empty and passes every section.
 *
 * <pre>{@code
 * SectionFilter.builder().addSubjects("homeroom/advisory").build();
 * }</pre>
 */
@Value.Immutable
public abstract class SectionFilter {
  /** {@return subjects to sync; empty means any} */
  public abstract Set<String> subjects();

  /** {@return grades to sync; empty means any} */
  public abstract Set<String> grades();

  /** {@return source (Clever) school ids to sync; empty means every mapped school} */
  public abstract Set<String> schoolIds();

  /** {@return whether the filter restricts nothing} */
  public final boolean isEmpty() {
    return subjects().isEmpty() && grades().isEmpty() && schoolIds().isEmpty();
  }

  /**
   * Returns whether a section passes the filter.
   *
   * @param schoolId the section's source school id
   * @param subject the section's subject
   * @param grade the section's grade
   * @return true if it passes
   */
  public final boolean matches(String schoolId, Optional<String> subject, Optional<String> grade) {
    return (schoolIds().isEmpty() || schoolIds().contains(schoolId))
        && contains(subjects(), subject)
        && contains(grades(), grade);
  }

  private static boolean contains(Set<String> allowed, Optional<String> value) {
    if (allowed.isEmpty()) {
      return true;
    }
    if (value.isEmpty()) {
      return false;
    }
    String v = value.get().trim();
    for (String a : allowed) {
      if (a.trim().equalsIgnoreCase(v)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the filter that passes every section} */
  public static SectionFilter none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SectionFilter}. */
  public static final class Builder extends ImmutableSectionFilter.Builder {}

  /** Returns a readable summary. */
  @Override
  public String toString() {
    return "SectionFilter{subjects="
        + subjects()
        + ", grades="
        + grades()
        + ", schoolIds="
        + schoolIds()
        + '}';
  }
}
