package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's name as Clever sends it ({@code User.name}, a district contact's name, a teacher
 * role's leftover {@code name}). Every part may be missing.
 *
 * <p>Contacts (parents, guardians) usually have only {@link #last()}, holding the <em>full</em>
 * name, such as {@code {"last":"Rosa Alvarez"}}; Clever stores it that way and this model keeps it
 * as sent rather than guessing a split.
 */
@Value.Immutable
public abstract class Name {
  /** {@return the first (given) name} */
  public abstract Optional<String> first();

  /** {@return the middle name or initial} */
  public abstract Optional<String> middle();

  /** {@return the last (family) name; for contacts, the full name} */
  public abstract Optional<String> last();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns a name with a first and a last part, for tests and fixtures.
   *
   * @param first the first name
   * @param last the last name
   * @return the name
   * @throws NullPointerException if either part is null
   */
  public static Name of(String first, String last) {
    return builder().first(first).last(last).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Name}; every part is optional. */
  public static final class Builder extends ImmutableName.Builder {}

  /** Returns a description that says which parts are present, never their values. */
  @Override
  public String toString() {
    return new ToString("Name")
        .redact("first", first())
        .redact("middle", middle())
        .redact("last", last())
        .unknown(unknownFields())
        .toString();
  }
}
