package com.classtag.sync.state;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A classroom in the app. A classroom linked to one or more sections is synced; one with no section
 * is manual and the planner never touches it. Several sections may be linked to one classroom (a
 * teacher merged them).
 *
 * <pre>{@code
 * Classroom.builder().id("c-1").schoolId("app-sch-1").name("Homeroom 4B")
 *     .addSections(SectionRef.of("sec-1"))
 *     .addStudents(StudentMembership.of("st-1", Actor.SYNC))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Classroom {
  /** {@return the classroom's app id} */
  public abstract String id();

  /** {@return the app school the classroom belongs to} */
  public abstract String schoolId();

  /** {@return the classroom's name} */
  public abstract String name();

  /**
   * {@return whether a person edited the name in the app (the name is then kept under the default
   * settings)}
   */
  @Value.Default
  public boolean nameEdited() {
    return false;
  }

  /** {@return the grade, if set} */
  public abstract Optional<String> grade();

  /** {@return the linked source sections; empty for a manual classroom} */
  public abstract List<SectionRef> sections();

  /** {@return present when the classroom is archived} */
  public abstract Optional<Archive> archive();

  /** {@return the teacher memberships} */
  public abstract List<TeacherMembership> teachers();

  /** {@return the student memberships} */
  public abstract List<StudentMembership> students();

  /** {@return whether no section is linked: a person made this classroom and owns it} */
  public final boolean isManual() {
    return sections().isEmpty();
  }

  /** {@return whether the classroom is archived} */
  public final boolean isArchived() {
    return archive().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classroom}; {@code id}, {@code schoolId} and {@code name} are required. */
  public static final class Builder extends ImmutableClassroom.Builder {}

  /**
   * Refuses an id with the prefix the planner reserves for provisional ids.
   *
   * @throws IllegalArgumentException if the id starts with {@code new:}
   */
  @Value.Check
  protected void checkId() {
    AppIds.check(id(), "classroom");
  }
}
