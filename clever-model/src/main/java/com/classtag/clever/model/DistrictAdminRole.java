package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The district administrator role of a user ({@code roles.district_admin}). District-wide: it has
 * no schools. Clever often sends it with only {@code legacy_id} and an empty {@code title}, or as
 * {@code {}}.
 */
@Value.Immutable
public abstract class DistrictAdminRole {
  /** {@return the administrator's id from before v3} */
  public abstract Optional<String> legacyId();

  /** {@return the job title} */
  public abstract Optional<String> title();

  /**
   * {@return fields this SDK version does not know (some sources send {@code credentials} or {@code
   * sis_id})}
   */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistrictAdminRole}; every field is optional. */
  public static final class Builder extends ImmutableDistrictAdminRole.Builder {}

  /** Returns the id and title, which hold no personal data. */
  @Override
  public String toString() {
    return new ToString("DistrictAdminRole")
        .add("legacyId", legacyId())
        .redact("title", title())
        .unknown(unknownFields())
        .toString();
  }
}
