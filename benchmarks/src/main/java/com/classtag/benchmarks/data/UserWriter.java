package com.classtag.benchmarks.data;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes the users of a {@link DistrictShape} as Clever v3 JSON, in the shapes of Clever's real
 * feeds (NOTES.md section 7): students with demographics and v3.1 fields on a share of them, {@code
 * ""} and {@code null} where real districts leave fields blank, contacts whose full name is only in
 * {@code last} with one to three student relationships, and staff holding one to three employee
 * roles.
 */
final class UserWriter {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final long CREATED_BASE = 1_692_032_531_482L;
  private static final String[] GRADES = {
    "Kindergarten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
  };
  private static final String[] RACES = {
    "Caucasian",
    "Asian",
    "Black or African American",
    "American Indian",
    "Hawaiian or Other Pacific Islander",
    "Two or More Races",
    "Unknown",
    ""
  };
  private static final String[] LANGUAGES = {
    "English",
    "English",
    "English",
    "English",
    "Spanish",
    "Spanish",
    "Vietnamese",
    "Arabic",
    "Somali",
    "Chinese"
  };
  private static final String[] LANGUAGE_CODES = {
    "eng", "eng", "eng", "eng", "spa", "spa", "vie", "ara", "som", "zho"
  };
  private static final String[] FRL = {"Free", "Reduced", "Paid", "Paid", ""};
  private static final String[] YES_NO_BLANK = {"Y", "N", "N", "N", ""};
  private static final String[] PHONE_TYPES = {
    "Cell", "Cell", "Cell", "Home", "Home", "Work", "Other"
  };
  private static final String[] RELATIONSHIPS = {
    "Parent", "Parent", "Parent", "Grandparent", "Aunt/Uncle", "Sibling", "Other"
  };
  private static final String[] TYPES = {
    "Parent/Guardian", "Parent/Guardian", "Emergency", "Primary", "Family", "Other"
  };
  private static final String[][] DISABILITIES = {
    {"sld", "Specific learning disability"},
    {"sli", "Speech or language impairment"},
    {"aut", "Autism"},
    {"ohi", "Other health impairment"}
  };

  private final DistrictShape shape;

  UserWriter(DistrictShape shape) {
    this.shape = shape;
  }

  /** Writes the list entry ({@code {"data": user, "uri": ...}}) of the user at an index. */
  void writeEntry(JsonWriter out, int user) throws IOException {
    String id = shape.userId(user);
    out.beginObject();
    out.name("data");
    SplittableRandom random =
        new SplittableRandom(DistrictShape.SEED ^ (user * 0x9E3779B97F4A7C15L));
    switch (shape.kindOf(user)) {
      case STUDENT:
        student(out, id, user, random);
        break;
      case CONTACT:
        contact(out, id, user, random);
        break;
      default:
        staff(out, id, user, random);
        break;
    }
    out.name("uri").value("/v3.0/users/" + id);
    out.endObject();
  }

  private void common(JsonWriter out, String id, int user, SplittableRandom random, String email)
      throws IOException {
    long created = CREATED_BASE + user * 37L;
    out.name("created").value(TIMESTAMP.format(Instant.ofEpochMilli(created)));
    out.name("district").value(shape.districtId());
    if (email != null) {
      out.name("email").value(email);
    }
    out.name("id").value(id);
    long modified =
        random.nextInt(10) < 7 ? created : created + random.nextLong(1L, 200L * 86_400_000L);
    out.name("last_modified").value(TIMESTAMP.format(Instant.ofEpochMilli(modified)));
  }

  private void student(JsonWriter out, String id, int user, SplittableRandom random)
      throws IOException {
    int first = random.nextInt(Words.FIRST.length);
    int last = random.nextInt(Words.LAST.length);
    int number = shape.numberOf(user);
    String sisId = Integer.toString(1_000_000 + number);
    String email =
        random.nextInt(4) == 0
            ? null
            : Words.FIRST_ASCII[first]
                + "."
                + Words.LAST_ASCII[last]
                + number % 100
                + "@students.example.org";
    int school = number % DistrictShape.SCHOOLS;
    int grade = random.nextInt(GRADES.length);
    boolean v31 = random.nextInt(10) < 4;
    int language = random.nextInt(LANGUAGES.length);

    out.beginObject();
    common(out, id, user, random, email);
    out.name("name").beginObject().name("first").value(Words.FIRST[first]);
    if (random.nextBoolean()) {
      out.name("middle").value(String.valueOf((char) ('A' + random.nextInt(26))));
    }
    out.name("last").value(Words.LAST[last]).endObject();
    out.name("roles").beginObject().name("student").beginObject();
    out.name("credentials")
        .beginObject()
        .name("district_username")
        .value(Words.FIRST_ASCII[first].charAt(0) + Words.LAST_ASCII[last] + number % 100)
        .endObject();
    out.name("dob")
        .value(
            (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + (2006 + 12 - grade));
    out.name("ell_status").value(language >= 4 ? "Y" : Words.pick(random, YES_NO_BLANK));
    out.name("enrollments").beginArray();
    if (random.nextInt(10) < 6) {
      out.beginObject()
          .name("school")
          .value(shape.schoolId(school))
          .name("start_date")
          .value("2023-08-21T00:00:00.000Z")
          .name("end_date")
          .value("2024-06-14T00:00:00.000Z")
          .endObject();
    }
    out.endArray();
    if (random.nextInt(10) < 4) {
      out.name("ext")
          .beginObject()
          .name("homeroom")
          .value(Integer.toString(100 + random.nextInt(300)))
          .name("bus_route")
          .value(random.nextInt(30) + "B")
          .endObject();
    }
    if (v31) {
      out.name("frl_status").value(Words.pick(random, FRL));
    }
    out.name("gender").value(random.nextInt(20) == 0 ? "X" : random.nextBoolean() ? "F" : "M");
    out.name("grade").value(GRADES[grade]);
    out.name("graduation_year")
        .value(random.nextInt(10) == 0 ? "" : Integer.toString(2024 + 12 - grade));
    out.name("hispanic_ethnicity").value(Words.pick(random, YES_NO_BLANK));
    out.name("home_language").value(LANGUAGES[language]);
    out.name("iep_status").value(random.nextInt(8) == 0 ? "Y" : "N");
    if (v31) {
      out.name("gifted_status").value(Words.pick(random, YES_NO_BLANK));
      out.name("section_504_status").value(Words.pick(random, YES_NO_BLANK));
      out.name("home_language_code").value(LANGUAGE_CODES[language]);
      if (random.nextInt(8) == 0) {
        String[] disability = DISABILITIES[random.nextInt(DISABILITIES.length)];
        out.name("disability")
            .beginObject()
            .name("disability_status")
            .value("Y")
            .name("disability_code")
            .value(disability[0])
            .name("disability_type")
            .value(disability[1])
            .endObject();
      }
      if (random.nextInt(10) == 0) {
        out.name("preferred_name")
            .beginObject()
            .name("first")
            .value(Words.pick(random, Words.FIRST))
            .name("middle")
            .nullValue()
            .name("last")
            .nullValue()
            .endObject();
      }
    }
    out.name("legacy_id").value(Hex.random24(random));
    out.name("location")
        .beginObject()
        .name("address")
        .value(
            random.nextInt(5) == 0
                ? ""
                : (100 + random.nextInt(9900)) + " " + Words.pick(random, Words.STREETS))
        .name("city")
        .value(Words.pick(random, Words.CITIES))
        .name("state")
        .value(Words.pick(random, Words.STATES))
        .name("zip")
        .value(Words.digits(random, 5))
        .endObject();
    out.name("race").value(Words.pick(random, RACES));
    out.name("school").value(shape.schoolId(school));
    out.name("schools").beginArray().value(shape.schoolId(school));
    if (random.nextInt(10) == 0) {
      out.value(shape.schoolId((school + 1) % DistrictShape.SCHOOLS));
    }
    out.endArray();
    out.name("sis_id").value(sisId);
    if (random.nextInt(10) == 0) {
      out.name("state_id").nullValue();
    } else {
      out.name("state_id").value("OR" + sisId);
    }
    out.name("student_number").value(random.nextInt(10) == 0 ? "" : sisId);
    if (email != null) {
      out.name("email").value(email);
    }
    out.endObject().endObject();
    out.endObject();
  }

  private void contact(JsonWriter out, String id, int user, SplittableRandom random)
      throws IOException {
    int first = random.nextInt(Words.FIRST.length);
    int last = random.nextInt(Words.LAST.length);
    int number = shape.numberOf(user);
    String email =
        random.nextInt(4) == 0
            ? null
            : Words.FIRST_ASCII[first]
                + "."
                + Words.LAST_ASCII[last]
                + number % 1000
                + "@example.com";

    out.beginObject();
    common(out, id, user, random, email);
    out.name("name")
        .beginObject()
        .name("last")
        .value(Words.FIRST[first] + " " + Words.LAST[last])
        .endObject();
    out.name("roles").beginObject().name("contact").beginObject();
    if (random.nextInt(10) < 7) {
      out.name("legacy_id").value(Hex.random24(random));
    }
    out.name("phone").value(random.nextInt(5) == 0 ? "" : "541555" + Words.digits(random, 4));
    out.name("phone_type").value(Words.pick(random, PHONE_TYPES));
    out.name("sis_id").value(random.nextInt(3) == 0 ? "" : "C-" + (80_000 + number));
    out.name("student_relationships").beginArray();
    int links = random.nextInt(20) < 14 ? 1 : random.nextInt(5) < 4 ? 2 : 3;
    // Contacts map onto students in order, about as many contacts as students, siblings next to
    // each other.
    long student = (long) number * shape.students() / Math.max(1, shape.contacts());
    for (int i = 0; i < links; i++) {
      out.beginObject()
          .name("relationship")
          .value(Words.pick(random, RELATIONSHIPS))
          .name("student")
          .value(shape.studentId((int) ((student + i) % shape.students())))
          .name("type")
          .value(Words.pick(random, TYPES))
          .endObject();
    }
    out.endArray();
    out.endObject().endObject();
    out.endObject();
  }

  private void staff(JsonWriter out, String id, int user, SplittableRandom random)
      throws IOException {
    int first = random.nextInt(Words.FIRST.length);
    int last = random.nextInt(Words.LAST.length);
    int number = shape.numberOf(user);
    String username = Words.FIRST_ASCII[first].charAt(0) + Words.LAST_ASCII[last] + number;
    int school = number % DistrictShape.SCHOOLS;
    int roles = random.nextInt(100);
    boolean teacher = roles < 65 || roles >= 92;
    boolean staff = roles >= 65;
    boolean admin = roles >= 88;

    out.beginObject();
    common(out, id, user, random, username + "@example.org");
    out.name("name").beginObject().name("first").value(Words.FIRST[first]);
    if (random.nextBoolean()) {
      out.name("middle").value(String.valueOf((char) ('A' + random.nextInt(26))));
    }
    out.name("last").value(Words.LAST[last]).endObject();
    out.name("roles").beginObject();
    if (admin) {
      out.name("district_admin")
          .beginObject()
          .name("legacy_id")
          .value(Hex.random24(random))
          .name("title")
          .value(random.nextBoolean() ? "" : "Director of Technology")
          .endObject();
    }
    if (staff) {
      out.name("staff").beginObject();
      out.name("credentials").beginObject().name("district_username").value(username).endObject();
      out.name("department").value(Words.pick(random, Words.DEPARTMENTS));
      out.name("legacy_id").value(Hex.random24(random));
      out.name("roles").beginArray();
      if (random.nextInt(4) == 0) {
        out.value("SchoolTechLead");
      }
      out.endArray();
      out.name("schools")
          .beginArray()
          .value(shape.schoolId(school))
          .value(shape.schoolId((school + 1) % DistrictShape.SCHOOLS))
          .endArray();
      out.name("staff_id").value("S-" + Words.digits(random, 4));
      out.name("title").value(Words.pick(random, Words.STAFF_TITLES));
      out.endObject();
    }
    if (teacher) {
      out.name("teacher").beginObject();
      out.name("credentials").beginObject().name("district_username").value(username).endObject();
      if (random.nextInt(5) == 0) {
        out.name("ext")
            .beginObject()
            .name("certification")
            .value(Words.pick(random, Words.SUBJECT_NAMES) + " 6-12")
            .endObject();
      }
      out.name("legacy_id").value(Hex.random24(random));
      out.name("school").value(shape.schoolId(school));
      out.name("schools").beginArray().value(shape.schoolId(school)).endArray();
      out.name("sis_id").value("T-" + (3000 + number));
      out.name("state_id").value(random.nextInt(4) == 0 ? "" : Words.digits(random, 9));
      out.name("teacher_number")
          .value(random.nextInt(4) == 0 ? "" : Integer.toString(3000 + number));
      out.name("title")
          .value(
              "Grade "
                  + (1 + school % 12)
                  + " "
                  + Words.pick(random, Words.SUBJECT_NAMES)
                  + " Teacher");
      out.endObject();
    }
    out.endObject();
    out.endObject();
  }
}
