package com.classtag.sync.source;

import com.classtag.sync.internal.Nullable;
import com.classtag.sync.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in the roster with all their roles: student, teacher, school admin, district admin,
 * contact.
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
  /** {@return the person's id in the source (Clever id); the primary match key} */
  public abstract String id();

  /** {@return the person's roles} */
  public abstract Set<PersonRole> roles();

  /**
   * {@return the given name} Clever contacts often have none: their full name is in {@link
   * #lastName()}.
   */
  public final Optional<String> firstName() {
    return Optional.ofNullable(firstNameOrNull());
  }

  /**
   * {@return {@link #firstName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String firstNameOrNull();

  /** {@return the family name, or a contact's full name} */
  public final Optional<String> lastName() {
    return Optional.ofNullable(lastNameOrNull());
  }

  /**
   * {@return {@link #lastName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String lastNameOrNull();

  /**
   * {@return the email address as sent; the planner normalises it and ignores one that is unusable}
   */
  public final Optional<String> email() {
    return Optional.ofNullable(emailOrNull());
  }

  /** {@return {@link #email()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String emailOrNull();

  /** {@return the person's phones with their types} */
  public abstract List<Phone> phones();

  /**
   * {@return the id in the district's SIS; used to re-identify a person whose source id changed}
   */
  public final Optional<String> sisId() {
    return Optional.ofNullable(sisIdOrNull());
  }

  /** {@return {@link #sisId()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String sisIdOrNull();

  /** {@return A student's student number} */
  public final Optional<String> studentNumber() {
    return Optional.ofNullable(studentNumberOrNull());
  }

  /**
   * {@return {@link #studentNumber()} as a nullable value (null when absent), read without
   * allocating}
   */
  public abstract @Nullable String studentNumberOrNull();

  /** {@return A previous source id (Clever's {@code legacy_id}); used to re-identify a person} */
  public final Optional<String> legacyId() {
    return Optional.ofNullable(legacyIdOrNull());
  }

  /**
   * {@return {@link #legacyId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String legacyIdOrNull();

  /** {@return the schools the person belongs to as a student or teacher} */
  public abstract List<String> schoolIds();

  /** {@return the schools the person administers ({@link PersonRole#SCHOOL_ADMIN})} */
  public abstract List<String> adminSchoolIds();

  /** {@return A student's grade} */
  public final Optional<String> grade() {
    return Optional.ofNullable(gradeOrNull());
  }

  /** {@return {@link #grade()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String gradeOrNull();

  /** {@return A student's English-language-learner status as sent (for example {@code Y})} */
  public final Optional<String> ellStatus() {
    return Optional.ofNullable(ellStatusOrNull());
  }

  /**
   * {@return {@link #ellStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String ellStatusOrNull();

  /** {@return A student's free/reduced lunch status as sent} */
  public final Optional<String> frlStatus() {
    return Optional.ofNullable(frlStatusOrNull());
  }

  /**
   * {@return {@link #frlStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String frlStatusOrNull();

  /** {@return A student's IEP status as sent} */
  public final Optional<String> iepStatus() {
    return Optional.ofNullable(iepStatusOrNull());
  }

  /**
   * {@return {@link #iepStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String iepStatusOrNull();

  /** {@return the district's extension fields for a student, as text} */
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
   * The roles as bits by ordinal, computed once when the person is built: the planner asks for the
   * roles of millions of people, and a bit test in the person needs none of the role set's objects.
   */
  @Value.Derived
  int roleBits() {
    int bits = 0;
    for (PersonRole role : roles()) {
      bits |= 1 << role.ordinal();
    }
    return bits;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourcePerson}; {@code id} is required. */
  public static final class Builder extends ImmutableSourcePerson.Builder {
    /**
     * Sets firstName, or clears it when empty.
     *
     * @param firstName the value
     * @return this
     */
    public Builder firstName(Optional<String> firstName) {
      return firstName(firstName.orElse(null));
    }

    /**
     * Sets lastName, or clears it when empty.
     *
     * @param lastName the value
     * @return this
     */
    public Builder lastName(Optional<String> lastName) {
      return lastName(lastName.orElse(null));
    }

    /**
     * Sets email, or clears it when empty.
     *
     * @param email the value
     * @return this
     */
    public Builder email(Optional<String> email) {
      return email(email.orElse(null));
    }

    /**
     * Sets sisId, or clears it when empty.
     *
     * @param sisId the value
     * @return this
     */
    public Builder sisId(Optional<String> sisId) {
      return sisId(sisId.orElse(null));
    }

    /**
     * Sets studentNumber, or clears it when empty.
     *
     * @param studentNumber the value
     * @return this
     */
    public Builder studentNumber(Optional<String> studentNumber) {
      return studentNumber(studentNumber.orElse(null));
    }

    /**
     * Sets legacyId, or clears it when empty.
     *
     * @param legacyId the value
     * @return this
     */
    public Builder legacyId(Optional<String> legacyId) {
      return legacyId(legacyId.orElse(null));
    }

    /**
     * Sets grade, or clears it when empty.
     *
     * @param grade the value
     * @return this
     */
    public Builder grade(Optional<String> grade) {
      return grade(grade.orElse(null));
    }

    /**
     * Sets ellStatus, or clears it when empty.
     *
     * @param ellStatus the value
     * @return this
     */
    public Builder ellStatus(Optional<String> ellStatus) {
      return ellStatus(ellStatus.orElse(null));
    }

    /**
     * Sets frlStatus, or clears it when empty.
     *
     * @param frlStatus the value
     * @return this
     */
    public Builder frlStatus(Optional<String> frlStatus) {
      return frlStatus(frlStatus.orElse(null));
    }

    /**
     * Sets iepStatus, or clears it when empty.
     *
     * @param iepStatus the value
     * @return this
     */
    public Builder iepStatus(Optional<String> iepStatus) {
      return iepStatus(iepStatus.orElse(null));
    }
  }

  /**
   * Shows ids, roles and schools; names, email, phones and student attributes only show their
   * presence.
   */
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
