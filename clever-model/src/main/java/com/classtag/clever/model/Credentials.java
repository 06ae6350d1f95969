package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A user's district login ({@code credentials} in the student, teacher and staff roles). */
@Value.Immutable
public abstract class Credentials {
  /** {@return the user's district username} */
  public abstract Optional<String> districtUsername();

  /** {@return fields this SDK version does not know (v1 also sent {@code district_password})} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Credentials}. */
  public static final class Builder extends ImmutableCredentials.Builder {}

  /** Returns a description that says whether the username is present, never its value. */
  @Override
  public String toString() {
    return new ToString("Credentials")
        .redact("districtUsername", districtUsername())
        .unknown(unknownFields())
        .toString();
  }
}
