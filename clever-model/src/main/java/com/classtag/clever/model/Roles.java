package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The roles of a user ({@code User.roles}): a map from role name to role object, read into one
 * optional field per role Clever documents. A role sent as {@code {}} is present with no fields;
 * one sent as {@code null} is absent.
 *
 * <p>Only district employees are merged into one user, so a user has either one {@link #student()},
 * or one {@link #contact()}, or any of {@link #teacher()}, {@link #staff()} and {@link
 * #districtAdmin()}. This model does not enforce that: it keeps what Clever sends.
 *
 * <p>The district administrator role is written {@code district_admin}; the {@code districtadmin}
 * spelling that a generated Clever SDK briefly used is accepted on read as the same role. Role keys
 * this SDK version does not know are kept in {@link #unknownFields()}.
 */
@Value.Immutable
public abstract class Roles {
  static final Roles NONE = builder().build();

  /** {@return the student role ({@code student})} */
  public abstract Optional<StudentRole> student();

  /** {@return the teacher role ({@code teacher})} */
  public abstract Optional<TeacherRole> teacher();

  /** {@return the staff role ({@code staff})} */
  public abstract Optional<StaffRole> staff();

  /** {@return the district administrator role ({@code district_admin})} */
  public abstract Optional<DistrictAdminRole> districtAdmin();

  /** {@return the contact role ({@code contact})} */
  public abstract Optional<ContactRole> contact();

  /** {@return role keys this SDK version does not know, with their objects kept as JSON values} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns the wire names of the roles present: {@code student}, {@code teacher}, {@code staff},
   * {@code district_admin} and {@code contact} in that order, then unknown role keys whose value is
   * not {@code null}, as sent.
   *
   * @return the names, never null
   */
  public final Set<String> roleNames() {
    Set<String> names = new LinkedHashSet<>();
    if (student().isPresent()) {
      names.add("student");
    }
    if (teacher().isPresent()) {
      names.add("teacher");
    }
    if (staff().isPresent()) {
      names.add("staff");
    }
    if (districtAdmin().isPresent()) {
      names.add("district_admin");
    }
    if (contact().isPresent()) {
      names.add("contact");
    }
    for (Map.Entry<String, JsonValue> e : unknownFields().entrySet()) {
      // A null role is absent, as it is for the known roles.
      if (e.getValue().isString() || !e.getValue().toJson().equals("null")) {
        names.add(e.getKey());
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Roles}; every role is optional. */
  public static final class Builder extends ImmutableRoles.Builder {}

  /** Returns each present role's own PII-safe description, and the names of unknown roles. */
  @Override
  public String toString() {
    return new ToString("Roles")
        .add("student", student())
        .add("teacher", teacher())
        .add("staff", staff())
        .add("districtAdmin", districtAdmin())
        .add("contact", contact())
        .unknown(unknownFields())
        .toString();
  }
}
