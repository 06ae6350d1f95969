package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term ({@code GET /terms}), such as a semester. Only {@link #id()} is required.
 *
 * <p>Term dates are kept as Clever sent them, because sources disagree on their format: the docs
 * say {@code YYYY-MM-DD}, the spec says a timestamp, and older districts sent {@code 2015-08-25
 * 00:00:00.000000}. {@link #startDate()} and {@link #endDate()} read all three. Term ids are not
 * stable: Clever recreates a term with a new id when a section's term information changes.
 *
 * <pre>{@code
 * Term term = Term.builder().id("64da1f028b7f2a0001c40301").name("Semester 1")
 *     .rawStartDate("2023-08-21").rawEndDate("2024-01-19").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Term implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the district the term belongs to} */
  public abstract Optional<String> district();

  /** {@return the term's name, such as {@code Semester 1 2023-24}} */
  public abstract Optional<String> name();

  /** {@return {@code start_date} exactly as sent; see {@link #startDate()}} */
  public abstract Optional<String> rawStartDate();

  /** {@return {@code end_date} exactly as sent; see {@link #endDate()}} */
  public abstract Optional<String> rawEndDate();

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns the first day of the term. Accepts {@code 2023-08-21}, {@code 2023-08-21T00:00:00.000Z}
   * and {@code 2023-08-21 00:00:00.000000}; a timestamp gives its date part as written.
   *
   * @return the date, or empty if absent or unparseable (the raw text stays in {@link
   *     #rawStartDate()})
   */
  public final Optional<LocalDate> startDate() {
    return Dates.date(rawStartDate());
  }

  /**
   * Returns the last day of the term, read like {@link #startDate()}.
   *
   * @return the date, or empty if absent or unparseable (the raw text stays in {@link
   *     #rawEndDate()})
   */
  public final Optional<LocalDate> endDate() {
    return Dates.date(rawEndDate());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Term}; {@code build()} throws {@link IllegalStateException} without an {@code
   * id}.
   */
  public static final class Builder extends ImmutableTerm.Builder {}

  /** Returns every field: a term holds no personal data. Unknown fields show only their names. */
  @Override
  public String toString() {
    return new ToString("Term")
        .add("id", id())
        .add("district", district())
        .add("name", name())
        .add("startDate", rawStartDate())
        .add("endDate", rawEndDate())
        .unknown(unknownFields())
        .toString();
  }
}
