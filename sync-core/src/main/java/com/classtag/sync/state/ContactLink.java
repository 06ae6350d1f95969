package com.classtag.sync.state;

import com.classtag.sync.internal.Nullable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact account's link to a student record, with who made it. Held by {@link
 * ContactAccount#links()}.
 */
@Value.Immutable
public abstract class ContactLink {
  /** {@return the student record's app id} */
  public abstract String studentId();

  /** {@return the contact type the roster gave} */
  public final Optional<String> type() {
    return Optional.ofNullable(typeOrNull());
  }

  /** {@return {@link #type()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String typeOrNull();

  /** {@return the relationship the roster gave} */
  public final Optional<String> relationship() {
    return Optional.ofNullable(relationshipOrNull());
  }

  /**
   * {@return {@link #relationship()} as a nullable value (null when absent), read without
   * allocating}
   */
  public abstract @Nullable String relationshipOrNull();

  /** {@return who made the link} */
  public abstract Actor addedBy();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactLink}; {@code studentId} and {@code addedBy} are required. */
  public static final class Builder extends ImmutableContactLink.Builder {
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
