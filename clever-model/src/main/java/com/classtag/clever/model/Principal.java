package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A school's principal, as Clever shares it. */
@Value.Immutable
public abstract class Principal {
  /** {@return the principal's name} */
  public abstract Optional<String> name();

  /** {@return the principal's email} */
  public abstract Optional<String> email();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Principal}. */
  public static final class Builder extends ImmutablePrincipal.Builder {}

  /** Returns a description that says which fields are present, never their values. */
  @Override
  public String toString() {
    return new ToString("Principal")
        .redact("name", name())
        .redact("email", email())
        .unknown(unknownFields())
        .toString();
  }
}
