package com.classtag.sync.state;

import java.util.Optional;
import org.immutables.value.Value;

/** A contact account's link to a student record, with who made it. Held by {@link ContactAccount#links()}. */
@Value.Immutable
public abstract class ContactLink {
  /** The student record's app id. */
  public abstract String studentId();

  /** The contact type the roster gave. */
  public abstract Optional<String> type();

  /** The relationship the roster gave. */
  public abstract Optional<String> relationship();

  /** Who made the link. */
  public abstract Actor addedBy();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactLink}; {@code studentId} and {@code addedBy} are required. */
  public static final class Builder extends ImmutableContactLink.Builder {}
}
