package com.classtag.examples.cli;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.Faults;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed options' converters. Each message says what was expected and what was given; {@link
 * Cli} puts the option's name in front ({@code option --now must be ...}).
 */
final class Converters {
  private Converters() {}

  /** The output format of {@code plan}, {@code audit} and {@code sync}. */
  enum Format {
    TEXT,
    JSON
  }

  /** {@code text} or {@code json}. */
  static final class FormatName implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      switch (value) {
        case "text":
          return Format.TEXT;
        case "json":
          return Format.JSON;
        default:
          throw new TypeConversionException("must be text or json, was '" + value + "'");
      }
    }
  }

  /** A date and time with an offset, such as {@code 2026-10-01T06:00:00Z}. */
  static final class Time implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "must be a date and time such as 2026-10-01T06:00:00Z, was '" + value + "'");
      }
    }
  }

  /** A file name, which must not be empty. */
  static final class File implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("must name a file, was '" + value + "'");
      }
      return Path.of(value);
    }
  }

  /** A demo district's size. */
  static final class Students implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, GeneratedDistrict.MIN_STUDENTS, GeneratedDistrict.MAX_STUDENTS);
    }
  }

  /** A port on 127.0.0.1; 0 picks a free one. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 0, 65_535);
    }
  }

  /** A schedule of faults the stand-in injects ({@link Faults#parse}). */
  static final class FaultSchedule implements ITypeConverter<Faults> {
    @Override
    public Faults convert(String value) {
      try {
        return Faults.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A whole number within bounds; {@code _} may group digits, as in {@code 1_000_000}. */
  private static int whole(String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value.replace("_", ""));
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException(
        "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
  }
}
