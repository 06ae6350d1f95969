package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student's disability information ({@code roles.student.disability}, v3.1). Demographic data.
 */
@Value.Immutable
public abstract class Disability {
  /** {@return whether the student has a disability} */
  public abstract Optional<YesNo> disabilityStatus();

  /** {@return the disability's code, such as {@code sld}} */
  public abstract Optional<DisabilityCode> disabilityCode();

  /** {@return the disability's type, such as {@code Specific learning disability}} */
  public abstract Optional<DisabilityType> disabilityType();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disability}. */
  public static final class Builder extends ImmutableDisability.Builder {}

  /** Returns a description that says which fields are present, never their values. */
  @Override
  public String toString() {
    return new ToString("Disability")
        .redact("disabilityStatus", disabilityStatus())
        .redact("disabilityCode", disabilityCode())
        .redact("disabilityType", disabilityType())
        .unknown(unknownFields())
        .toString();
  }
}
