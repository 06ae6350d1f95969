package com.classtag.sync.state;

import org.immutables.value.Value;

/** A staff account's membership of a classroom as a teacher, with who added it. */
@Value.Immutable
public abstract class TeacherMembership {
  /** {@return the staff account's app id} */
  public abstract String staffId();

  /** {@return the teacher's role in the classroom} */
  public abstract TeacherRole role();

  /** {@return who added the membership} */
  public abstract Actor addedBy();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeacherMembership}; every field is required. */
  public static final class Builder extends ImmutableTeacherMembership.Builder {}
}
