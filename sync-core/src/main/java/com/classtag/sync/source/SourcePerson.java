package com.classtag.sync.source;

import com.classtag.sync.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in the roster with all their roles: student, teacher, school admin, district admin, contact.
 *
 * <pre>{@code
 * SourcePerson.builder().id("s-1").addRoles(PersonRole.STUDENT)
 *     .firstName("Ada").lastName("Lovelace").sisId("1001").grade("4")
 *     .addSchoolIds("sch-1")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SourcePerson {
  /** The person's id in the source (Clever id); the primary match key. */
  public abstract String id();

  /** The person's roles. */
  public abstract Set<PersonRole> roles();

  /** The given name. Clever contacts often have none: their full name is in {@link #lastName()}. */
  public abstract Optional<String> firstName();

  /** The family name, or a contact's full name. */
  public abstract Optional<String> lastName();

  /** The email address as sent; the planner normalises it and ignores one that is unusable. */
  public abstract Optional<String> email();

  /** The person's phones with their types. */
  public abstract List<Phone> phones();

  /** The id in the district's SIS; used to re-identify a person whose source id changed. */
  public abstract Optional<String> sisId();

  /** A student's student number. */
  public abstract Optional<String> studentNumber();

  /** A previous source id (Clever's {@code legacy_id}); used to re-identify a person. */
  public abstract Optional<String> legacyId();

  /** The schools the person belongs to as a student or teacher. */
  public abstract List<String> schoolIds();

  /** The schools the person administers ({@link PersonRole#SCHOOL_ADMIN}). */
  public abstract List<String> adminSchoolIds();

  /** A student's grade. */
  public abstract Optional<String> grade();

  /** A student's English-language-learner status as sent (for example {@code Y}). */
  public abstract Optional<String> ellStatus();

  /** A student's free/reduced lunch status as sent. */
  public abstract Optional<String> frlStatus();

  /** A student's IEP status as sent. */
  public abstract Optional<String> iepStatus();

  /** The district's extension fields for a student, as text. */
  public abstract Map<String, String> extensionFields();

  /**
   * Returns whether the person holds a role.
   *
   * @param role the role
   * @return true if held
   */
  public final boolean hasRole(PersonRole role) {
    return (roleBits() & 1 << role.ordinal()) != 0;
  }

  /**
   * The roles as bits by ordinal, computed once when the person is built: the planner asks for the roles of
   * millions of people, and a bit test in the person needs none of the role set's objects.
   */
  @Value.Derived
  int roleBits() {
    int bits = 0;
    for (PersonRole role : roles()) {
      bits |= 1 << role.ordinal();
    }
    return bits;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourcePerson}; {@code id} is required. */
  public static final class Builder extends ImmutableSourcePerson.Builder {}

  /** Shows ids, roles and schools; names, email, phones and student attributes only show their presence. */
  @Override
  public String toString() {
    return new ToString("SourcePerson")
        .add("id", id())
        .add("roles", roles())
        .add("sisId", sisId())
        .add("legacyId", legacyId())
        .add("schoolIds", schoolIds())
        .add("adminSchoolIds", adminSchoolIds())
        .redact("firstName", firstName())
        .redact("lastName", lastName())
        .redact("email", email())
        .redact("phones", phones())
        .redact("studentNumber", studentNumber())
        .redact("grade", grade())
        .redact("ellStatus", ellStatus())
        .redact("frlStatus", frlStatus())
        .redact("iepStatus", iepStatus())
        .redact("extensionFields", extensionFields())
        .toString();
  }
}
