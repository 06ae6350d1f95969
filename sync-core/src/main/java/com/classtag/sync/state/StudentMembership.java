package com.classtag.sync.state;

import org.immutables.value.Value;

/** A student record's membership of a classroom, with who added it. */
@Value.Immutable
public abstract class StudentMembership {
  /** {@return the student record's app id} */
  public abstract String studentId();

  /** {@return who added the membership} */
  public abstract Actor addedBy();

  /**
   * Returns a membership.
   *
   * @param studentId the student record's app id
   * @param addedBy who added it
   * @return the membership
   * @throws NullPointerException if an argument is null
   */
  public static StudentMembership of(String studentId, Actor addedBy) {
    return builder().studentId(studentId).addedBy(addedBy).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentMembership}; every field is required. */
  public static final class Builder extends ImmutableStudentMembership.Builder {}
}
