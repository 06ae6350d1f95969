package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The district's technical contact ({@code District.district_contact}). A staff member, but still a
 * person: {@code toString} shows only the ids.
 */
@Value.Immutable
public abstract class DistrictContact {
  /** {@return the contact's Clever id} */
  public abstract Optional<String> id();

  /** {@return the contact's job title, such as {@code Director of Technology}} */
  public abstract Optional<String> title();

  /** {@return the id of the contact's district} */
  public abstract Optional<String> district();

  /** {@return the contact's email} */
  public abstract Optional<String> email();

  /** {@return the contact's name} */
  public abstract Optional<Name> name();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistrictContact}; every field is optional. */
  public static final class Builder extends ImmutableDistrictContact.Builder {}

  /** Returns the ids; title, email and name show only their presence. */
  @Override
  public String toString() {
    return new ToString("DistrictContact")
        .add("id", id())
        .add("district", district())
        .redact("title", title())
        .redact("email", email())
        .redact("name", name())
        .unknown(unknownFields())
        .toString();
  }
}
