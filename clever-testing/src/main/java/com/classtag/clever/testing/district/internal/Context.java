package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.district.Sharing;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;

/**
 * What every record generator of one generated district shares: the seed, the layout, the fixed
 * catalogues (grades, subjects, terms, courses) and small JSON-writing helpers for Clever's
 * optional fields.
 */
public final class Context {
  /** The grades each school teaches, lowest first. */
  static final List<List<String>> GRADES =
      List.of(
          List.of("Kindergarten", "1", "2", "3", "4", "5"),
          List.of("6", "7", "8"),
          List.of("9", "10", "11", "12"));

  /** Subjects of subject sections, in the order schools cycle through them. */
  static final List<String> SUBJECTS =
      List.of(
          "math",
          "science",
          "english/language arts",
          "social studies",
          "arts and music",
          "PE and health",
          "technology and engineering",
          "language");

  /** A subject Clever's Subject enum does not know, on one section. */
  static final String UNKNOWN_SUBJECT = "robotics";

  /**
   * The course names of the subjects, in {@link #SUBJECTS} order, then the unknown subject's
   * course.
   */
  static final List<String> SUBJECT_COURSES =
      List.of(
          "Mathematics",
          "Science",
          "English Language Arts",
          "Social Studies",
          "Art and Music",
          "Physical Education",
          "Engineering",
          "World Languages",
          "Robotics");

  /** The full-year term of homerooms. */
  public static final int YEAR_TERM = 0;

  /** The term of odd-numbered subject sections. */
  public static final int FIRST_SEMESTER = 1;

  /** The term of even-numbered subject sections. */
  public static final int SECOND_SEMESTER = 2;

  /** A term that ended before the school year began; one subject section still belongs to it. */
  public static final int SUMMER_TERM = 3;

  private final long seed;
  private final Layout layout;
  private final Sharing sharing;

  /**
   * Creates the context.
   *
   * @param seed the seed every random choice derives from
   * @param layout the district's shape
   * @param sharing what the district shares beyond or short of the generated records
   */
  public Context(long seed, Layout layout, Sharing sharing) {
    this.seed = seed;
    this.layout = layout;
    this.sharing = sharing;
  }

  Layout layout() {
    return layout;
  }

  Sharing sharing() {
    return sharing;
  }

  Draws draws(Draws.Stream purpose, long index) {
    return Draws.of(seed, purpose, index);
  }

  String districtId() {
    return Ids.DISTRICT.of(0);
  }

  String schoolId(int school) {
    return Ids.SCHOOL.of(school);
  }

  /** The grade a homeroom teaches: a school's grades spread evenly over its homerooms. */
  String homeroomGrade(int school, int homeroom) {
    List<String> grades = GRADES.get(school);
    return grades.get((int) ((long) homeroom * grades.size() / layout.homerooms(school)));
  }

  /** A creation timestamp in the week the district was set up, spread by index. */
  static String created(long index) {
    long millis = Math.floorMod(index * 7919L, 3_600_000L);
    return "2026-08-14T17:"
        + pad(millis / 60_000, 2)
        + ":"
        + pad(millis / 1000 % 60, 2)
        + "."
        + pad(millis % 1000, 3)
        + "Z";
  }

  /** A modification timestamp: most records unchanged since creation, some edited in September. */
  static String modified(long index) {
    if (Math.floorMod(index, 5) != 0) {
      return created(index);
    }
    long millis = Math.floorMod(index * 104_729L, 86_400_000L);
    return "2026-09-"
        + pad(1 + Math.floorMod(index, 28), 2)
        + "T"
        + pad(millis / 3_600_000, 2)
        + ":"
        + pad(millis / 60_000 % 60, 2)
        + ":"
        + pad(millis / 1000 % 60, 2)
        + "."
        + pad(millis % 1000, 3)
        + "Z";
  }

  /**
   * Returns a non-negative number in decimal, zero-padded to a width. {@code String.format} would
   * do, but costs more than the rest of a record; a million-student district formats millions of
   * these.
   */
  static String pad(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  /** Writes {@code "name": value}, or nothing when the value is null: an absent optional field. */
  static void optional(JsonWriter out, String name, String value) throws IOException {
    if (value != null) {
      out.name(name).value(value);
    }
  }

  /** Writes an array of strings. */
  static void strings(JsonWriter out, String name, Iterable<String> values) throws IOException {
    out.name(name).beginArray();
    for (String value : values) {
      out.value(value);
    }
    out.endArray();
  }
}
