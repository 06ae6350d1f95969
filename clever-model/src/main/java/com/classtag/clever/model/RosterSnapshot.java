package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a roster sync needs from one district, read completely: the district, its schools,
 * users of every role (each user once, however many roles it has), sections, terms and courses.
 *
 * <p>A snapshot is all-or-nothing: the client builds one only after every collection was read to
 * its end, so holding one means nothing is missing because of a failure.
 *
 * <pre>{@code
 * RosterSnapshot roster = RosterSnapshot.builder()
 *     .district(district)
 *     .addSchools(school)
 *     .addUsers(student, teacher)
 *     .addSections(section)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RosterSnapshot {
  /** {@return the district the token belongs to} */
  public abstract District district();

  /** {@return the district's schools, in id order as Clever lists them} */
  public abstract List<School> schools();

  /**
   * {@return every user of every role, each once: of a repeated id, the first copy read (see {@link
   * #duplicateUsers()})}
   */
  public abstract List<User> users();

  /**
   * {@return the user ids the read met more than once, in the order first repeated; empty for a
   * clean feed} Identical copies (a re-read page boundary) are listed too, with no differing
   * copies, so the fact is never lost; a consumer such as the planner's adapter passes the
   * differing copies on as a warning.
   */
  public abstract List<DuplicateUser> duplicateUsers();

  /** {@return the district's sections} */
  public abstract List<Section> sections();

  /** {@return the district's terms; empty when the district sends no term data} */
  public abstract List<Term> terms();

  /** {@return the district's courses; empty when the district sends no course data} */
  public abstract List<Course> courses();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RosterSnapshot}; {@code district} is required. */
  public static final class Builder extends ImmutableRosterSnapshot.Builder {}

  /** Returns the district id and the size of each collection. */
  @Override
  public String toString() {
    return new ToString("RosterSnapshot")
        .add("district", district().id())
        .add("schools", schools().size())
        .add("users", users().size())
        .add("duplicateUsers", duplicateUsers().size())
        .add("sections", sections().size())
        .add("terms", terms().size())
        .add("courses", courses().size())
        .toString();
  }
}
