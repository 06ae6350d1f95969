package com.classtag.clever.model.baseline;

import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A small hand-written baseline and byte helpers for the baseline tests. */
final class Baselines {
  static final String DISTRICT = "64d9e1a2f3c4b50001a2b3c4";
  static final String SCHOOL = "64d9e1b5f3c4b50001a2b401";

  static final User MARIA =
      User.student("64da1c0e8b7f2a0001c3d901", SCHOOL)
          .district(DISTRICT)
          .name(Name.of("Maria", "Gonzalez"))
          .email("maria.gonzalez@students.example.org")
          .putUnknownFields("future_field", JsonValue.ofJson("[1,2]"))
          .build();

  static final RosterSnapshot ROSTER =
      RosterSnapshot.builder()
          .district(District.builder().id(DISTRICT).name("Springfield Public Schools").build())
          .addSchools(
              School.builder()
                  .id(SCHOOL)
                  .district(DISTRICT)
                  .name("Whitfield Elementary")
                  .lowGrade(Grade.KINDERGARTEN)
                  .build())
          .addTerms(
              Term.builder()
                  .id("64da30aa8b7f2a0001c40b01")
                  .district(DISTRICT)
                  .name("2024-25")
                  .rawStartDate("2024-08-26")
                  .rawEndDate("2025-06-13")
                  .build())
          .addCourses(
              Course.builder()
                  .id("64da40aa8b7f2a0001c40c01")
                  .district(DISTRICT)
                  .name("Math 6")
                  .number("M6")
                  .build())
          .addSections(
              Section.builder()
                  .id("64da20aa8b7f2a0001c40a01")
                  .district(DISTRICT)
                  .school(SCHOOL)
                  .name("Math 6 - Whitfield - 2")
                  .termId("64da30aa8b7f2a0001c40b01")
                  .course("64da40aa8b7f2a0001c40c01")
                  .addStudents(MARIA.id())
                  .addTeachers("64da1c3a8b7f2a0001c3e011")
                  .build())
          .addUsers(
              MARIA,
              User.builder()
                  .id("64da1c3a8b7f2a0001c3e011")
                  .district(DISTRICT)
                  .name(Name.of("Ada", "Whitfield \"AW\"\n\u2028"))
                  .build())
          .build();

  static final BaselineHeader HEADER =
      BaselineHeader.builder()
          .apiVersion("v3.0")
          .districtId(DISTRICT)
          .takenAt(Instant.parse("2024-01-09T08:15:42.401Z"))
          .eventsCursor("65a0b1c2d3e4f50001a1b2c2")
          .build();

  static final Baseline SMALL = Baseline.of(HEADER, ROSTER);

  private Baselines() {}

  /** Returns a baseline as written. */
  static byte[] bytes(Baseline baseline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BaselineFormat.write(baseline, out);
    return out.toByteArray();
  }

  /** Returns a baseline's text, decompressed. */
  static String text(byte[] gzip) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns text compressed as a baseline file would be. */
  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads a baseline from bytes. */
  static Baseline read(byte[] gzip) {
    return BaselineFormat.read(new ByteArrayInputStream(gzip));
  }

  /** Returns a fixture's text from {@code src/test/resources/fixtures}. */
  static String fixture(String path) {
    try (InputStream in = Baselines.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
