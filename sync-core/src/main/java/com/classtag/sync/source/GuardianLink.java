package com.classtag.sync.source;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact's link to a student, with the contact type and relationship the settings filter on (Clever's
 * {@code student_relationships}; OneRoster's {@code agentSourcedIds} have no type).
 */
@Value.Immutable
public abstract class GuardianLink {
  /** The contact's person id. */
  public abstract String contactId();

  /** The student's person id. */
  public abstract String studentId();

  /** The contact type, for example {@code Parent/Guardian} or {@code Emergency}. */
  public abstract Optional<String> type();

  /** The relationship, for example {@code Parent} or {@code Grandparent}. */
  public abstract Optional<String> relationship();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuardianLink}; both ids are required. */
  public static final class Builder extends ImmutableGuardianLink.Builder {}
}
