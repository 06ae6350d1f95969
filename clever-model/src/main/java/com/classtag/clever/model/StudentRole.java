package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The student role of a user ({@code roles.student}): v3.0 fields, the v3.1 demographics, the
 * fields only Clever's client specs list ({@code unweighted_gpa}, {@code weighted_gpa}) and the
 * {@code email} Clever sends here although the spec does not list it. Every field may be absent; an
 * empty object {@code {}} is a role with no fields.
 *
 * <pre>{@code
 * StudentRole role = StudentRole.atSchool("64d9e1b5f3c4b50001a2b401").grade(Grade.GRADE_6).build();
 * }</pre>
 *
 * <p>{@code toString} shows Clever's ids, the schools, the grade and the graduation year; the
 * district's and state's ids of the student ({@code sis_id}, {@code student_number}, {@code
 * state_id}, which identify a student outside Clever), names, email, credentials, birth date,
 * location, extension fields and every demographic field show only their presence (the rule is in
 * the package description).
 */
@Value.Immutable
public abstract class StudentRole {
  /** {@return the student's id from before v3} */
  public abstract Optional<String> legacyId();

  /** {@return the student's id in the district's SIS} */
  public abstract Optional<String> sisId();

  /** {@return the student's number in the district} */
  public abstract Optional<String> studentNumber();

  /** {@return the state's id of the student} */
  public abstract Optional<String> stateId();

  /** {@return the id of the student's primary school} */
  public abstract Optional<String> school();

  /** {@return the ids of every school the student attends} */
  public abstract List<String> schools();

  /** {@return the student's enrollments, one per school} */
  public abstract List<SchoolEnrollment> enrollments();

  /** {@return the student's district login} */
  public abstract Optional<Credentials> credentials();

  /** {@return the student's email as sent inside the role (observed, not in the spec)} */
  public abstract Optional<String> email();

  /** {@return the birth date as sent, normally {@code M/D/YYYY}; see {@link #dobDate()}} */
  public abstract Optional<String> dob();

  /** {@return the student's grade level} */
  public abstract Optional<Grade> grade();

  /** {@return the expected graduation year as sent, such as {@code 2030}} */
  public abstract Optional<String> graduationYear();

  /** {@return the student's gender} */
  public abstract Optional<Gender> gender();

  /** {@return the student's race} */
  public abstract Optional<Race> race();

  /** {@return whether the student is Hispanic or Latino} */
  public abstract Optional<YesNo> hispanicEthnicity();

  /** {@return whether the student is an English language learner} */
  public abstract Optional<YesNo> ellStatus();

  /** {@return the IEP status as sent; the spec gives no values, {@code Y}/{@code N} are typical} */
  public abstract Optional<String> iepStatus();

  /** {@return the free or reduced-price lunch status (v3.1)} */
  public abstract Optional<FrlStatus> frlStatus();

  /** {@return whether the student is in a gifted program (v3.1)} */
  public abstract Optional<YesNo> giftedStatus();

  /** {@return whether the student has a Section 504 plan (v3.1)} */
  public abstract Optional<YesNo> section504Status();

  /** {@return the student's disability information (v3.1)} */
  public abstract Optional<Disability> disability();

  /** {@return the home language by name (v3.0 client spec, v3.1)} */
  public abstract Optional<HomeLanguage> homeLanguage();

  /** {@return the home language as an ISO 639-3 code (v3.1)} */
  public abstract Optional<HomeLanguageCode> homeLanguageCode();

  /** {@return the unweighted GPA as sent (client specs only)} */
  public abstract Optional<String> unweightedGpa();

  /** {@return the weighted GPA as sent (client specs only)} */
  public abstract Optional<String> weightedGpa();

  /** {@return the student's home location} */
  public abstract Optional<Location> location();

  /** {@return the name the student prefers (v3.1)} */
  public abstract Optional<PreferredName> preferredName();

  /**
   * {@return creation time as sent (a v2 leftover in the spec, not observed); see {@link
   * #createdAt()}}
   */
  public abstract Optional<String> created();

  /**
   * {@return last modification time as sent (a v2 leftover, not observed); see {@link
   * #lastModifiedAt()}}
   */
  public abstract Optional<String> lastModified();

  /** {@return district-defined extension fields, kept as JSON values} */
  public abstract Map<String, JsonValue> ext();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return {@link #dob()} as a date, or empty if absent or not {@code M/D/YYYY}} */
  public final Optional<LocalDate> dobDate() {
    return Dates.dob(dob());
  }

  /** {@return {@link #created()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> createdAt() {
    return Dates.instant(created());
  }

  /** {@return {@link #lastModified()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastModifiedAt() {
    return Dates.instant(lastModified());
  }

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

  /**
   * Returns a builder of a student whose primary school, and only school, is {@code schoolId}.
   *
   * @param schoolId the school's id
   * @return the builder, to add more fields
   * @throws NullPointerException if {@code schoolId} is null
   */
  public static Builder atSchool(String schoolId) {
    return builder().school(schoolId).addSchools(schoolId);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentRole}; every field is optional. */
  public static final class Builder extends ImmutableStudentRole.Builder {}

  /**
   * Returns ids, schools, enrollments and grade; personal and demographic fields show only
   * presence.
   */
  @Override
  public String toString() {
    return new ToString("StudentRole")
        .add("legacyId", legacyId())
        .redact("sisId", sisId())
        .redact("studentNumber", studentNumber())
        .redact("stateId", stateId())
        .add("school", school())
        .add("schools", schools())
        .add("enrollments", enrollments())
        .add("grade", grade())
        .add("graduationYear", graduationYear())
        .redact("credentials", credentials())
        .redact("email", email())
        .redact("dob", dob())
        .redact("gender", gender())
        .redact("race", race())
        .redact("hispanicEthnicity", hispanicEthnicity())
        .redact("ellStatus", ellStatus())
        .redact("iepStatus", iepStatus())
        .redact("frlStatus", frlStatus())
        .redact("giftedStatus", giftedStatus())
        .redact("section504Status", section504Status())
        .redact("disability", disability())
        .redact("homeLanguage", homeLanguage())
        .redact("homeLanguageCode", homeLanguageCode())
        .redact("unweightedGpa", unweightedGpa())
        .redact("weightedGpa", weightedGpa())
        .redact("location", location())
        .redact("preferredName", preferredName())
        .redact("ext", ext())
        .unknown(unknownFields())
        .toString();
  }
}
