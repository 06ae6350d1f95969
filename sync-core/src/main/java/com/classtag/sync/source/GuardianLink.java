package com.classtag.sync.source;

import com.classtag.sync.internal.Nullable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact's link to a student, with the contact type and relationship the settings filter on
 * (Clever's {@code student_relationships}; OneRoster's {@code agentSourcedIds} have no type).
 */
@Value.Immutable
public abstract class GuardianLink {
  /** {@return the contact's person id} */
  public abstract String contactId();

  /** {@return the student's person id} */
  public abstract String studentId();

  /** {@return the contact type, for example {@code Parent/Guardian} or {@code Emergency}} */
  public final Optional<String> type() {
    return Optional.ofNullable(typeOrNull());
  }

  /** {@return {@link #type()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String typeOrNull();

  /** {@return the relationship, for example {@code Parent} or {@code Grandparent}} */
  public final Optional<String> relationship() {
    return Optional.ofNullable(relationshipOrNull());
  }

  /**
   * {@return {@link #relationship()} as a nullable value (null when absent), read without
   * allocating}
   */
  public abstract @Nullable String relationshipOrNull();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuardianLink}; both ids are required. */
  public static final class Builder extends ImmutableGuardianLink.Builder {
    /**
     * Sets type, or clears it when empty.
     *
     * @param type the value
     * @return this
     */
    public Builder type(Optional<String> type) {
      return type(type.orElse(null));
    }

    /**
     * Sets relationship, or clears it when empty.
     *
     * @param relationship the value
     * @return this
     */
    public Builder relationship(Optional<String> relationship) {
      return relationship(relationship.orElse(null));
    }
  }
}
