package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student's enrollment at one school ({@code roles.student.enrollments[]}): Clever derives the
 * dates from when the student is in at least one active section there. The spec types the dates as
 * timestamps, other sources as {@code YYYY-MM-DD}; the raw text is kept and the typed accessors
 * accept both.
 */
@Value.Immutable
public abstract class SchoolEnrollment {
  /** {@return the school's id} */
  public abstract Optional<String> school();

  /** {@return the start date as sent; see {@link #startLocalDate()}} */
  public abstract Optional<String> startDate();

  /** {@return the end date as sent; see {@link #endLocalDate()}} */
  public abstract Optional<String> endDate();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * {@return {@link #startDate()} as a date (a timestamp's date part), or empty if absent or
   * unparseable}
   */
  public final Optional<LocalDate> startLocalDate() {
    return Dates.date(startDate());
  }

  /**
   * {@return {@link #endDate()} as a date (a timestamp's date part), or empty if absent or
   * unparseable}
   */
  public final Optional<LocalDate> endLocalDate() {
    return Dates.date(endDate());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolEnrollment}. */
  public static final class Builder extends ImmutableSchoolEnrollment.Builder {}

  /** Returns the school id and dates, which identify no one. */
  @Override
  public String toString() {
    return new ToString("SchoolEnrollment")
        .add("school", school())
        .redact("startDate", startDate())
        .redact("endDate", endDate())
        .unknown(unknownFields())
        .toString();
  }
}
