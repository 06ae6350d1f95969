package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The staff role of a user ({@code roles.staff}): a district employee who is not (only) a teacher.
 * Staff have no primary school, only {@link #schools()}. Every field may be absent.
 *
 * <p>{@code toString} shows Clever's ids, schools and sub-roles; {@code staff_id}, title,
 * department, credentials and extension fields show only their presence (the rule is in the package
 * description).
 */
@Value.Immutable
public abstract class StaffRole {
  /** {@return the staff member's id from before v3} */
  public abstract Optional<String> legacyId();

  /** {@return the staff member's id in the district} */
  public abstract Optional<String> staffId();

  /** {@return the ids of the schools the staff member works at} */
  public abstract List<String> schools();

  /** {@return the staff member's sub-roles, such as {@code SchoolTechLead}} */
  public abstract List<StaffRoleType> roles();

  /** {@return the job title} */
  public abstract Optional<String> title();

  /** {@return the department} */
  public abstract Optional<String> department();

  /** {@return the staff member's district login} */
  public abstract Optional<Credentials> credentials();

  /** {@return district-defined extension fields, kept as JSON values} */
  public abstract Map<String, JsonValue> ext();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns an extension field's value if it is a JSON string.
   *
   * @param key the extension field's name
   * @return the string, or empty if absent or not a string
   */
  public final Optional<String> extString(String key) {
    JsonValue v = ext().get(key);
    return v == null ? Optional.empty() : v.asString();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffRole}; every field is optional. */
  public static final class Builder extends ImmutableStaffRole.Builder {}

  /**
   * Returns ids, schools, sub-roles, title and department; credentials and ext show only their
   * presence.
   */
  @Override
  public String toString() {
    return new ToString("StaffRole")
        .add("legacyId", legacyId())
        .redact("staffId", staffId())
        .add("schools", schools())
        .add("roles", roles())
        .redact("title", title())
        .redact("department", department())
        .redact("credentials", credentials())
        .redact("ext", ext())
        .unknown(unknownFields())
        .toString();
  }
}
