package com.classtag.examples.demo;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.ChangingDistrict;
import com.classtag.clever.testing.standin.CleverData;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * School days going by in the demo district, for {@code sync --demo --advance}: each day changes
 * the district the same way whenever it is replayed, so a stand-in started by a later run serves
 * the same records and the same events (ids included) as the one before, and an incremental read
 * picks up exactly where it left off.
 *
 * <p>On day {@code d}, in the homeroom {@code 5d} (modulo the sections): its first student leaves
 * it, a new student (a copy of its second one, with new ids) joins it, and its third student's
 * family name changes.
 */
public final class SchoolDays {
  private static final String[] FAMILY_NAMES = {
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Adeyemi"
  };

  private SchoolDays() {}

  /**
   * Returns the district after some school days, each day's changes made as Clever events.
   *
   * @param base what the stand-in serves on day 0
   * @param district the generated district {@code base} is (or is made from), for its ids and sizes
   * @param days how many days went by, 0 or more
   * @param firstMorning the morning of day 1; each day's events are stamped at its noon
   * @return the changed district
   */
  public static ChangingDistrict after(
      CleverData base, GeneratedDistrict district, int days, Instant firstMorning) {
    DayClock clock = new DayClock(firstMorning);
    ChangingDistrict changing = ChangingDistrict.of(base, clock);
    for (int day = 1; day <= days; day++) {
      clock.day = day;
      change(changing, district, day);
    }
    return changing;
  }

  /**
   * Describes what a day changes, in ids only.
   *
   * @param district the generated district
   * @param day the day, from 1
   * @return one line per change
   */
  public static List<String> describe(GeneratedDistrict district, int day) {
    String section = section(district, day);
    List<String> lines = new ArrayList<>();
    lines.add("section " + section + ": its first student leaves it");
    lines.add(
        "section " + section + ": a new student, " + newStudentId(district, day) + ", joins it");
    lines.add("section " + section + ": its third student's family name changes");
    return lines;
  }

  /**
   * Returns the Clever id of the student who joins on a day.
   *
   * @param district the generated district
   * @param day the day, from 1
   * @return the id
   */
  public static String newStudentId(GeneratedDistrict district, int day) {
    return district.studentId(district.students() + day - 1);
  }

  /**
   * Returns the Clever id of the section a day changes.
   *
   * @param district the generated district
   * @param day the day, from 1
   * @return the id
   */
  public static String section(GeneratedDistrict district, int day) {
    return district.sectionId(5 * day % district.sections());
  }

  private static void change(ChangingDistrict changing, GeneratedDistrict district, int day) {
    String section = section(district, day);
    JsonArray students = changing.record("sections", section).getAsJsonArray("students");
    String leaving = students.get(0).getAsString();
    String model = students.get(1 % students.size()).getAsString();
    String renamed = students.get(2 % students.size()).getAsString();
    String joining = newStudentId(district, day);

    JsonObject student = changing.record("users", model);
    student.addProperty("id", joining);
    student.addProperty("email", "new" + day + "@students.maplevalley.example.org");
    JsonObject role = student.getAsJsonObject("roles").getAsJsonObject("student");
    role.addProperty("sis_id", "9" + String.format("%06d", day));
    role.addProperty("student_number", "8" + String.format("%07d", day));
    role.remove("legacy_id");
    role.remove("email");
    if (role.has("credentials")) {
      role.getAsJsonObject("credentials").addProperty("district_username", "new" + day);
    }
    changing.create("users", student);
    changing.update(
        "sections",
        section,
        s -> {
          JsonArray list = s.getAsJsonArray("students");
          list.remove(0);
          list.add(joining);
        });
    changing.update(
        "users",
        renamed,
        user -> {
          JsonObject name = user.getAsJsonObject("name");
          String current =
              name.has("last") && !name.get("last").isJsonNull()
                  ? name.get("last").getAsString()
                  : "";
          String next = FAMILY_NAMES[day % FAMILY_NAMES.length];
          name.addProperty(
              "last", next.equals(current) ? FAMILY_NAMES[(day + 1) % FAMILY_NAMES.length] : next);
        });
  }

  /** Noon of the day being replayed: the events' {@code created} times. */
  private static final class DayClock extends Clock {
    private final Instant firstMorning;
    private int day;

    DayClock(Instant firstMorning) {
      this.firstMorning = firstMorning;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the demo's day clock is UTC only");
    }

    @Override
    public Instant instant() {
      return firstMorning.plus(Duration.ofDays(day - 1L)).plus(Duration.ofHours(6));
    }
  }
}
