package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * The district's students, generated from their index: the school and homeroom come from the {@link
 * Layout}, everything else from the student's own random stream. Optional fields show up in all
 * three of Clever's forms (absent, {@code null}, {@code ""}), and two students carry enum values
 * Clever's spec does not list.
 */
public final class StudentSource implements RecordSource {
  /** The student whose gender is a value the models do not know. */
  public static final int UNKNOWN_GENDER = 11;

  /** The student whose grade is a value the models do not know. */
  public static final int UNKNOWN_GRADE = 12;

  private static final String DOMAIN = "@students.maplevalley.example.org";
  private static final String[] LANGUAGES = {
    "Spanish", "Vietnamese", "Somali", "Russian", "Tagalog", "Korean"
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
  private static final String[] STREETS = {
    "Alder", "Birch", "Cascade", "Dogwood", "Evergreen", "Fir"
  };

  private final Context context;
  private final Layout layout;

  /**
   * Creates the source.
   *
   * @param context the district
   */
  public StudentSource(Context context) {
    this.context = context;
    this.layout = context.layout();
  }

  @Override
  public int size() {
    return layout.students();
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, size());
    return Ids.STUDENT.of(index);
  }

  /** Returns a student's family name, which most of their contacts share. */
  String lastName(int index) {
    Draws names = context.draws(Draws.Stream.STUDENT_NAME, index);
    Names.first(names);
    return Names.last(names);
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    Objects.checkIndex(index, size());
    Draws names = context.draws(Draws.Stream.STUDENT_NAME, index);
    String first = Names.first(names);
    String last = Names.last(names);
    Draws draws = context.draws(Draws.Stream.STUDENT, index);
    int school = layout.schoolOfStudent(index);
    int homeroom = layout.homeroomOfStudent(index);
    String grade = index == UNKNOWN_GRADE ? "14" : context.homeroomGrade(school, homeroom);
    int gradeNumber = grade.equals("Kindergarten") ? 0 : Math.min(12, Integer.parseInt(grade));
    String email =
        draws.percent(85)
            ? Names.mailbox(first) + "." + Names.mailbox(last) + index % 1000 + DOMAIN
            : null;

    out.beginObject();
    out.name("created").value(Context.created(index));
    out.name("district").value(context.districtId());
    Context.optional(out, "email", email);
    out.name("id").value(id(index));
    out.name("last_modified").value(Context.modified(index));
    out.name("name").beginObject().name("first").value(first);
    if (draws.percent(60)) {
      out.name("middle").value(Names.middle(draws));
    }
    out.name("last").value(last).endObject();
    out.name("roles").beginObject().name("student").beginObject();
    out.name("credentials")
        .beginObject()
        .name("district_username")
        .value(Names.mailbox(first).charAt(0) + Names.mailbox(last) + index)
        .endObject();
    out.name("dob")
        .value((1 + draws.below(12)) + "/" + (1 + draws.below(28)) + "/" + (2021 - gradeNumber));
    // Drawn whether or not the field is shared, so hiding it changes no other value.
    String ell = draws.percent(12) ? "Y" : draws.percent(95) ? "N" : "";
    if (!context.sharing().hides("ell_status")) {
      out.name("ell_status").value(ell);
    }
    out.name("enrollments").beginArray();
    if (draws.percent(90)) {
      out.beginObject()
          .name("school")
          .value(context.schoolId(school))
          .name("start_date")
          .value("2026-08-19T00:00:00.000Z")
          .endObject();
    }
    out.endArray();
    out.name("ext").beginObject().name("homeroom").value("R" + (100 * (school + 1) + homeroom + 1));
    if (draws.percent(30)) {
      out.name("bus_route").value((1 + draws.below(20)) + draws.pick("A", "B"));
    }
    String extra = context.sharing().extraExtensionField();
    if (extra != null) {
      out.name(extra).value("L" + (100 + index % 900));
    }
    out.endObject();
    String frl = draws.pick("Free", "Free", "Reduced", "Paid", "Paid", "Paid", "");
    if (!context.sharing().hides("frl_status")) {
      out.name("frl_status").value(frl);
    }
    out.name("gender")
        .value(index == UNKNOWN_GENDER ? "U" : draws.pick("M", "F", "M", "F", "X", ""));
    out.name("grade").value(grade);
    out.name("graduation_year")
        .value(draws.percent(80) ? Integer.toString(2039 - gradeNumber) : "");
    out.name("hispanic_ethnicity").value(draws.pick("Y", "N", "N", "N", ""));
    out.name("home_language")
        .value(draws.percent(75) ? "English" : LANGUAGES[draws.below(LANGUAGES.length)]);
    String iep = draws.percent(14) ? "Y" : "N";
    if (!context.sharing().hides("iep_status")) {
      out.name("iep_status").value(iep);
    }
    if (index % 2 == 0) {
      out.name("legacy_id").value(Ids.LEGACY.of(index));
    }
    if (draws.percent(80)) {
      out.name("location")
          .beginObject()
          .name("address")
          .value((100 + draws.below(9_900)) + " " + STREETS[draws.below(STREETS.length)] + " St")
          .name("city")
          .value("Maple Valley")
          .name("state")
          .value("WA")
          .name("zip")
          .value("98038")
          .endObject();
    } else if (draws.percent(50)) {
      out.name("location").nullValue();
    }
    out.name("race").value(RACES[draws.below(RACES.length)]);
    out.name("school").value(context.schoolId(school));
    out.name("schools").beginArray().value(context.schoolId(school));
    if (index % 97 == 50) {
      out.value(context.schoolId((school + 1) % Layout.SCHOOLS));
    }
    out.endArray();
    out.name("sis_id").value(Integer.toString(1_000_000 + index));
    if (draws.percent(70)) {
      out.name("state_id").value("WA" + (40_000_000 + index));
    } else {
      out.name("state_id").nullValue();
    }
    out.name("student_number").value(index % 40 == 9 ? "" : Integer.toString(30_000_000 + index));
    Context.optional(out, "email", email);
    out.endObject().endObject();
    out.endObject();
  }
}
