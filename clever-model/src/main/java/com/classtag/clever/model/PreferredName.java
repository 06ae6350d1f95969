package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The name a student prefers to be called ({@code roles.student.preferred_name}, v3.1). */
@Value.Immutable
public abstract class PreferredName {
  /** {@return the preferred first name} */
  public abstract Optional<String> first();

  /** {@return the preferred middle name} */
  public abstract Optional<String> middle();

  /** {@return the preferred last name} */
  public abstract Optional<String> last();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PreferredName}; every part is optional. */
  public static final class Builder extends ImmutablePreferredName.Builder {}

  /** Returns a description that says which parts are present, never their values. */
  @Override
  public String toString() {
    return new ToString("PreferredName")
        .redact("first", first())
        .redact("middle", middle())
        .redact("last", last())
        .unknown(unknownFields())
        .toString();
  }
}
