package com.classtag.sync.state;

import org.immutables.value.Value;

/** A staff account's access to one app school, with its role there and who granted it. */
@Value.Immutable
public abstract class SchoolAccess {
  /** {@return the app school's id} */
  public abstract String schoolId();

  /** {@return the role at that school} */
  public abstract AccessRole role();

  /** {@return who granted the access} */
  public abstract Actor addedBy();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolAccess}; every field is required. */
  public static final class Builder extends ImmutableSchoolAccess.Builder {}
}
