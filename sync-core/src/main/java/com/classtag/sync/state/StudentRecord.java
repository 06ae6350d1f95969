package com.classtag.sync.state;

import com.classtag.sync.internal.Nullable;
import com.classtag.sync.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student known to the app. A record with a {@link #sourceId()} is synced; one without was made
 * by a person and is never matched or changed by the planner.
 */
@Value.Immutable
public abstract class StudentRecord {
  /** {@return the record's app id} */
  public abstract String id();

  /** {@return the source (Clever) id; absent for a student a person added} */
  public final Optional<String> sourceId() {
    return Optional.ofNullable(sourceIdOrNull());
  }

  /**
   * {@return {@link #sourceId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String sourceIdOrNull();

  /** {@return the SIS id} */
  public final Optional<String> sisId() {
    return Optional.ofNullable(sisIdOrNull());
  }

  /** {@return {@link #sisId()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String sisIdOrNull();

  /** {@return the student number} */
  public final Optional<String> studentNumber() {
    return Optional.ofNullable(studentNumberOrNull());
  }

  /**
   * {@return {@link #studentNumber()} as a nullable value (null when absent), read without
   * allocating}
   */
  public abstract @Nullable String studentNumberOrNull();

  /** {@return the previous source id} */
  public final Optional<String> legacyId() {
    return Optional.ofNullable(legacyIdOrNull());
  }

  /**
   * {@return {@link #legacyId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String legacyIdOrNull();

  /** {@return the given name} */
  public final Optional<String> firstName() {
    return Optional.ofNullable(firstNameOrNull());
  }

  /**
   * {@return {@link #firstName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String firstNameOrNull();

  /** {@return the family name} */
  public final Optional<String> lastName() {
    return Optional.ofNullable(lastNameOrNull());
  }

  /**
   * {@return {@link #lastName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String lastNameOrNull();

  /** {@return the email address} */
  public final Optional<String> email() {
    return Optional.ofNullable(emailOrNull());
  }

  /** {@return {@link #email()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String emailOrNull();

  /** {@return the grade} */
  public final Optional<String> grade() {
    return Optional.ofNullable(gradeOrNull());
  }

  /** {@return {@link #grade()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String gradeOrNull();

  /** {@return the id the app shows for the student (SIS id or student number, per the settings)} */
  public final Optional<String> displayId() {
    return Optional.ofNullable(displayIdOrNull());
  }

  /**
   * {@return {@link #displayId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String displayIdOrNull();

  /** {@return the ELL status} */
  public final Optional<String> ellStatus() {
    return Optional.ofNullable(ellStatusOrNull());
  }

  /**
   * {@return {@link #ellStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String ellStatusOrNull();

  /** {@return the FRL status} */
  public final Optional<String> frlStatus() {
    return Optional.ofNullable(frlStatusOrNull());
  }

  /**
   * {@return {@link #frlStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String frlStatusOrNull();

  /** {@return the IEP status} */
  public final Optional<String> iepStatus() {
    return Optional.ofNullable(iepStatusOrNull());
  }

  /**
   * {@return {@link #iepStatus()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String iepStatusOrNull();

  /** {@return extension fields carried from the roster} */
  public abstract Map<String, String> extensionFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentRecord}; {@code id} is required. */
  public static final class Builder extends ImmutableStudentRecord.Builder {
    /**
     * Sets sourceId, or clears it when empty.
     *
     * @param sourceId the value
     * @return this
     */
    public Builder sourceId(Optional<String> sourceId) {
      return sourceId(sourceId.orElse(null));
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
     * Sets grade, or clears it when empty.
     *
     * @param grade the value
     * @return this
     */
    public Builder grade(Optional<String> grade) {
      return grade(grade.orElse(null));
    }

    /**
     * Sets displayId, or clears it when empty.
     *
     * @param displayId the value
     * @return this
     */
    public Builder displayId(Optional<String> displayId) {
      return displayId(displayId.orElse(null));
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

  /** Shows ids only; personal fields show their presence. */
  @Override
  public String toString() {
    return new ToString("StudentRecord")
        .add("id", id())
        .add("sourceId", sourceId())
        .add("sisId", sisId())
        .add("legacyId", legacyId())
        .redact("studentNumber", studentNumber())
        .redact("firstName", firstName())
        .redact("lastName", lastName())
        .redact("email", email())
        .redact("grade", grade())
        .redact("displayId", displayId())
        .redact("ellStatus", ellStatus())
        .redact("frlStatus", frlStatus())
        .redact("iepStatus", iepStatus())
        .redact("extensionFields", extensionFields())
        .toString();
  }

  /**
   * Refuses an id with the prefix the planner reserves for provisional ids.
   *
   * @throws IllegalArgumentException if the id starts with {@code new:}
   */
  @Value.Check
  protected void checkId() {
    AppIds.check(id(), "student record");
  }
}
