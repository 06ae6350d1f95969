package com.classtag.benchmarks.data;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes the sections of a {@link DistrictShape} as Clever v3 JSON (NOTES.md section 7.5): 20 to 32
 * students each, a primary teacher and sometimes a co-teacher, a course, a term, and the blank
 * fields real feeds have. Every student and teacher id names a user of the same shape.
 */
final class SectionWriter {
  private static final String[] SUBJECTS = {
    "math",
    "english/language arts",
    "science",
    "social studies",
    "homeroom/advisory",
    "arts and music",
    "PE and health",
    "language"
  };
  private static final String[] GRADES = {
    "Kindergarten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
  };

  private final DistrictShape shape;

  SectionWriter(DistrictShape shape) {
    this.shape = shape;
  }

  /** Writes the list entry ({@code {"data": section, "uri": ...}}) of the section at an index. */
  void writeEntry(JsonWriter out, int section) throws IOException {
    String id = shape.sectionId(section);
    SplittableRandom random =
        new SplittableRandom(~DistrictShape.SEED ^ (section * 0x9E3779B97F4A7C15L));
    int school = section % DistrictShape.SCHOOLS;
    int subject = random.nextInt(SUBJECTS.length);
    String teacher = shape.staffId(section % shape.staff());

    out.beginObject().name("data").beginObject();
    out.name("course").value(shape.courseId(random.nextInt(DistrictShape.COURSES)));
    out.name("created").value("2023-08-14T17:07:30.100Z");
    out.name("district").value(shape.districtId());
    if (random.nextInt(10) < 3) {
      out.name("ext").beginObject().name("room").value("B" + random.nextInt(40)).endObject();
    }
    out.name("grade").value(GRADES[random.nextInt(GRADES.length)]);
    out.name("id").value(id);
    out.name("last_modified").value("2024-01-09T08:15:40.002Z");
    out.name("name")
        .value(
            Words.pick(random, Words.SUBJECT_NAMES)
                + " - "
                + Words.pick(random, Words.LAST)
                + " - "
                + section % 8);
    out.name("period").value(Integer.toString(section % 8));
    out.name("school").value(shape.schoolId(school));
    out.name("section_number")
        .value(random.nextInt(3) == 0 ? "" : Integer.toString(section % 1000));
    out.name("sis_id").value("SEC-" + section);
    out.name("students").beginArray();
    int size = 20 + random.nextInt(13);
    // Spread each section's students over the district, so every student sits in a few sections.
    long first = (long) section * shape.students() / Math.max(1, shape.sections());
    for (int i = 0; i < size; i++) {
      out.value(shape.studentId((int) ((first + (long) i * 7) % shape.students())));
    }
    out.endArray();
    out.name("subject").value(SUBJECTS[subject]);
    out.name("teacher").value(teacher);
    out.name("teachers").beginArray().value(teacher);
    if (random.nextInt(7) == 0) {
      out.value(shape.staffId((section + 1) % shape.staff()));
    }
    out.endArray();
    out.name("term_id").value(shape.termId(section % DistrictShape.TERMS));
    out.endObject();
    out.name("uri").value("/v3.0/sections/" + id);
    out.endObject();
  }
}
