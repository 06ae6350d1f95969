package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A postal location of a school or a student. Every field is personal data for a student. */
@Value.Immutable
public abstract class Location {
  /** {@return street address} */
  public abstract Optional<String> address();

  /** {@return city} */
  public abstract Optional<String> city();

  /** {@return state, usually a two-letter code} */
  public abstract Optional<String> state();

  /** {@return postal code} */
  public abstract Optional<String> zip();

  /** {@return latitude, as text (the spec types it as a string)} */
  public abstract Optional<String> lat();

  /** {@return longitude, as text (the spec types it as a string)} */
  public abstract Optional<String> lon();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {}

  /** Returns a description that says which parts are present, never their values. */
  @Override
  public String toString() {
    return new ToString("Location")
        .redact("address", address())
        .redact("city", city())
        .redact("state", state())
        .redact("zip", zip())
        .redact("lat", lat())
        .redact("lon", lon())
        .unknown(unknownFields())
        .toString();
  }
}
