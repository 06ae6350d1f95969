package com.classtag.clever.model.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Lenient parsing of the date formats Clever sends. Each method returns empty for text it cannot
 * parse, so a typed accessor reports "no value" while the model keeps the raw text.
 */
public final class Dates {
  private static final DateTimeFormatter SPACE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]");
  private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("M/d/uuuu");

  private Dates() {}

  /**
   * Parses a timestamp such as {@code 2021-03-02T22:24:53.347Z}, an offset timestamp, a
   * space-separated {@code 2015-08-25 00:00:00.000000} (read as UTC) or a bare date (its start,
   * UTC).
   */
  public static Optional<Instant> instant(Optional<String> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String s = raw.get().trim();
    try {
      if (s.length() > 10 && s.charAt(10) == 'T') {
        return Optional.of(OffsetDateTime.parse(s).toInstant());
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        return Optional.of(LocalDateTime.parse(s, SPACE_TIMESTAMP).toInstant(ZoneOffset.UTC));
      }
      return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a calendar date written as {@code YYYY-MM-DD}, or as any timestamp form {@link #instant}
   * accepts (its date part, as written).
   */
  public static Optional<LocalDate> date(Optional<String> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String s = raw.get().trim();
    if (s.length() < 10) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(s.substring(0, 10));
      // The date part alone is trusted only when the rest is a well-formed timestamp.
      return s.length() == 10 || instant(Optional.of(s)).isPresent()
          ? Optional.of(day)
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Parses a birth date written {@code M/D/YYYY}, such as {@code 2/11/2007}. */
  public static Optional<LocalDate> dob(Optional<String> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.get().trim(), DOB));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
