package com.classtag.sync.source;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One full snapshot of a district's roster, in the planner's own terms. Records keep the order the
 * source gave; when two records share an id the planner keeps the first and warns.
 *
 * <pre>{@code
 * Roster roster = Roster.builder()
 *     .addSchools(SourceSchool.builder().id("sch-1").name("Lincoln Elementary").build())
 *     .addSections(section)
 *     .addPeople(student, teacher)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Roster {
  /** {@return the district's id in the source, if known} */
  public abstract Optional<String> districtId();

  /** {@return the schools shared by the district} */
  public abstract List<SourceSchool> schools();

  /** {@return the terms the sections refer to} */
  public abstract List<SourceTerm> terms();

  /** {@return the sections (classes)} */
  public abstract List<SourceSection> sections();

  /** {@return students, teachers, staff, district admins and contacts} */
  public abstract List<SourcePerson> people();

  /** {@return guardian links between contacts and students} */
  public abstract List<GuardianLink> guardianLinks();

  /**
   * {@return whether the roster has no sections and no people: a feed the planner must not trust}
   */
  public final boolean isEmpty() {
    return sections().isEmpty() && people().isEmpty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Roster}; every list defaults to empty. */
  public static final class Builder extends ImmutableRoster.Builder {}

  /** Returns the record counts only. */
  @Override
  public String toString() {
    return "Roster{schools="
        + schools().size()
        + ", terms="
        + terms().size()
        + ", sections="
        + sections().size()
        + ", people="
        + people().size()
        + ", guardianLinks="
        + guardianLinks().size()
        + '}';
  }
}
