package com.classtag.sync.state;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the planner needs to know about the app: schools, classrooms (with their memberships),
 * student records, staff accounts (with their school access), contact accounts (with their links to
 * students), and the baseline of the last sync (absent before the first one).
 *
 * <p>Ids are the app's own. No classroom, student, staff or contact id starts with {@code new:}:
 * the planner reserves that prefix for the provisional ids of the objects a plan creates, and those
 * records refuse it with an {@link IllegalArgumentException}.
 */
@Value.Immutable
public abstract class AppState {
  /** {@return the app's schools and their source school links} */
  public abstract List<AppSchool> schools();

  /** {@return all classrooms, synced and manual, active and archived} */
  public abstract List<Classroom> classrooms();

  /** {@return student records} */
  public abstract List<StudentRecord> students();

  /** {@return staff accounts} */
  public abstract List<StaffAccount> staff();

  /** {@return contact accounts} */
  public abstract List<ContactAccount> contacts();

  /** {@return the section ids the last sync saw; absent before the first sync} */
  public abstract Optional<SectionBaseline> baseline();

  /** {@return an empty state: no schools, nothing synced, no baseline} */
  public static AppState empty() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppState}; every list defaults to empty. */
  public static final class Builder extends ImmutableAppState.Builder {}

  /** Returns the record counts only. */
  @Override
  public String toString() {
    return "AppState{schools="
        + schools().size()
        + ", classrooms="
        + classrooms().size()
        + ", students="
        + students().size()
        + ", staff="
        + staff().size()
        + ", contacts="
        + contacts().size()
        + ", baseline="
        + baseline().map(b -> b.sectionIds().size() + " sections").orElse("none")
        + '}';
  }
}
