package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The small collections of the generated district, the same at every size: the district, three
 * schools, four terms, the courses, two resources and a short event history.
 */
public final class FixedRecords {
  private static final String[] SCHOOL_NAMES = {
    "Maple Elementary School", "Cedar Middle School", "Ridge High School"
  };
  private static final String[] TERM_NAMES = {
    "2026-27 School Year", "Semester 1 2026-27", "Semester 2 2026-27", "Summer Session 2026"
  };
  private static final String[][] TERM_DATES = {
    {"2026-08-19", "2027-06-11"},
    {"2026-08-19", "2027-01-15"},
    {"2027-01-19", "2027-06-11"},
    {"2026-06-22", "2026-07-31"}
  };

  private final Context context;

  /**
   * Creates the collections of one district.
   *
   * @param context the district
   */
  public FixedRecords(Context context) {
    this.context = context;
  }

  /** Returns the one district. */
  public SmallSource districts() {
    String id = context.districtId();
    return new SmallSource(
        List.of(
            SmallSource.Entry.of(
                id,
                out -> {
                  out.beginObject();
                  out.name("district_contact")
                      .beginObject()
                      .name("district")
                      .value(id)
                      .name("email")
                      .value("it-admin@maplevalley.example.org")
                      .name("id")
                      .value(Ids.STAFF.of(StaffSource.TECH_DIRECTOR))
                      .name("name")
                      .beginObject()
                      .name("first")
                      .value("District")
                      .name("last")
                      .value("Technology")
                      .endObject()
                      .name("title")
                      .value("Director of Technology")
                      .endObject();
                  out.name("error").value("");
                  out.name("id").value(id);
                  out.name("last_sync").value("2026-09-30T06:02:44.918Z");
                  out.name("launch_date").value("2026-08-10");
                  Context.strings(out, "login_methods", List.of("Clever Badges", "Google"));
                  out.name("mdr_number").nullValue();
                  out.name("name").value("Maple Valley Unified (demo)");
                  out.name("nces_id").value("5300001");
                  out.name("portal_url").value("https://clever.com/in/maple-valley-demo");
                  out.name("sis_type").value("sftp");
                  out.name("state").value("running");
                  out.endObject();
                })));
  }

  /** Returns the three schools, and the unsynced fourth when the district shares it. */
  public SmallSource schools() {
    List<SmallSource.Entry> schools = new ArrayList<>();
    for (int s = 0; s < Layout.SCHOOLS; s++) {
      int school = s;
      schools.add(SmallSource.Entry.of(context.schoolId(school), out -> writeSchool(school, out)));
    }
    if (context.sharing().unsyncedSchool()) {
      schools.add(
          SmallSource.Entry.of(context.schoolId(Layout.SCHOOLS), this::writeUnsyncedSchool));
    }
    return new SmallSource(schools);
  }

  /** An online school with no grades of its own in this district: shared, never synced. */
  private void writeUnsyncedSchool(JsonWriter out) throws IOException {
    out.beginObject();
    out.name("created").value(Context.created(Layout.SCHOOLS));
    out.name("district").value(context.districtId());
    out.name("high_grade").value("12");
    out.name("id").value(context.schoolId(Layout.SCHOOLS));
    out.name("last_modified").value(Context.modified(Layout.SCHOOLS));
    out.name("low_grade").value("6");
    out.name("name").value("Maple Valley Online Academy");
    out.name("school_number").value("190");
    out.name("sis_id").value("190");
    out.endObject();
  }

  private void writeSchool(int school, JsonWriter out) throws IOException {
    List<String> grades = Context.GRADES.get(school);
    String number = Integer.toString(101 + school);
    out.beginObject();
    out.name("created").value(Context.created(school));
    out.name("district").value(context.districtId());
    out.name("ext").beginObject().name("region").value(school == 2 ? "South" : "North").endObject();
    out.name("high_grade").value(grades.get(grades.size() - 1));
    out.name("id").value(context.schoolId(school));
    out.name("last_modified").value(Context.modified(school));
    out.name("location")
        .beginObject()
        .name("address")
        .value((350 + 100 * school) + " Maple Valley Hwy")
        .name("city")
        .value("Maple Valley")
        .name("state")
        .value("WA")
        .name("zip")
        .value("98038")
        .endObject();
    out.name("low_grade").value(grades.get(0));
    if (school == 0) {
      out.name("mdr_number").value("01234567");
    }
    out.name("name").value(SCHOOL_NAMES[school]);
    out.name("nces_id").value("53000010" + number);
    if (school == 2) {
      out.name("phone").nullValue();
    } else {
      out.name("phone").value("(425) 555-0" + number);
    }
    out.name("principal").beginObject();
    if (school == 1) {
      out.name("name").nullValue().name("email").nullValue();
    } else {
      out.name("name")
          .value("Principal of " + SCHOOL_NAMES[school])
          .name("email")
          .value("principal" + number + "@maplevalley.example.org");
    }
    out.endObject();
    out.name("school_number").value(number);
    out.name("sis_id").value(number);
    out.name("state_id").value("2" + number);
    out.endObject();
  }

  /** Returns the terms: the school year, its two semesters, and last summer's session. */
  public SmallSource terms() {
    List<SmallSource.Entry> terms = new ArrayList<>();
    for (int t = 0; t < TERM_NAMES.length; t++) {
      int term = t;
      terms.add(
          SmallSource.Entry.of(
              Ids.TERM.of(term),
              out ->
                  out.beginObject()
                      .name("district")
                      .value(context.districtId())
                      .name("end_date")
                      .value(TERM_DATES[term][1])
                      .name("id")
                      .value(Ids.TERM.of(term))
                      .name("name")
                      .value(TERM_NAMES[term])
                      .name("start_date")
                      .value(TERM_DATES[term][0])
                      .endObject()));
    }
    return new SmallSource(terms);
  }

  /** Returns the courses: one homeroom course per school, then one per subject. */
  public SmallSource courses() {
    List<SmallSource.Entry> courses = new ArrayList<>();
    for (int c = 0; c < Layout.SCHOOLS + Context.SUBJECT_COURSES.size(); c++) {
      int course = c;
      String name =
          course < Layout.SCHOOLS
              ? "Homeroom - " + SCHOOL_NAMES[course]
              : Context.SUBJECT_COURSES.get(course - Layout.SCHOOLS);
      String number =
          course == Layout.SCHOOLS + Context.SUBJECTS.size()
              ? ""
              : String.format("CR%04d", 100 * (course + 1));
      courses.add(
          SmallSource.Entry.of(
              Ids.COURSE.of(course),
              out ->
                  out.beginObject()
                      .name("district")
                      .value(context.districtId())
                      .name("id")
                      .value(Ids.COURSE.of(course))
                      .name("name")
                      .value(name)
                      .name("number")
                      .value(number)
                      .endObject()));
    }
    return new SmallSource(courses);
  }

  /** Returns two content resources. */
  public SmallSource resources() {
    List<SmallSource.Entry> resources = new ArrayList<>();
    String[] titles = {"Family Newsletter Template", "Conference Sign-up Sheet"};
    for (int r = 0; r < titles.length; r++) {
      int resource = r;
      resources.add(
          SmallSource.Entry.of(
              Ids.RESOURCE.of(resource),
              out -> {
                out.beginObject()
                    .name("created")
                    .value(Context.created(resource))
                    .name("district")
                    .value(context.districtId())
                    .name("id")
                    .value(Ids.RESOURCE.of(resource))
                    .name("resource_id")
                    .value("classtag-" + (resource + 1));
                Context.strings(out, "roles", List.of("teacher"));
                out.name("title")
                    .value(titles[resource])
                    .name("updated")
                    .value(Context.modified(resource))
                    .endObject();
              }));
    }
    return new SmallSource(resources);
  }

  /**
   * Returns the event history: a school edited, a contact created, a student's email added, a
   * section's roster changed, a section deleted, and one event of a type v3.0 does not define.
   *
   * @param sources the collections event objects are copied from: students, contacts, sections,
   *     schools
   * @return the events, oldest first
   */
  public SmallSource events(EventObjects sources) {
    List<SmallSource.Entry> events = new ArrayList<>();
    String school0 = context.schoolId(0);
    events.add(
        event(
            events.size(),
            "schools.updated",
            school0,
            out -> {
              out.name("object");
              sources.schools().write(0, out);
              out.name("previous_attributes")
                  .beginObject()
                  .name("phone")
                  .value("(425) 555-0199")
                  .endObject();
            }));
    int contact = context.layout().regularContacts() - 1;
    events.add(
        event(
            events.size(),
            "users.created",
            null,
            out -> {
              out.name("object");
              sources.contacts().write(contact, out);
            }));
    events.add(
        event(
            events.size(),
            "users.updated",
            school0,
            out -> {
              out.name("object");
              sources.students().write(0, out);
              out.name("previous_attributes").beginObject().name("email").value("").endObject();
            }));
    events.add(
        event(
            events.size(),
            "sections.updated",
            school0,
            out -> {
              out.name("object");
              sources.sections().write(0, out);
              out.name("previous_attributes").beginObject();
              Context.strings(out, "students", List.of(Ids.STUDENT.of(0)));
              out.endObject();
            }));
    events.add(
        event(
            events.size(),
            "sections.deleted",
            school0,
            out -> {
              out.name("object")
                  .beginObject()
                  .name("created")
                  .value(Context.created(9_000))
                  .name("district")
                  .value(context.districtId())
                  .name("id")
                  .value(Ids.DEPARTED_SECTION.of(0))
                  .name("last_modified")
                  .value("2026-09-28T22:10:05.117Z")
                  .name("name")
                  .value("Reading Intervention - Ashdown - 5")
                  .name("school")
                  .value(school0)
                  .name("sis_id")
                  .value("SEC-DEPARTED-0")
                  .name("subject")
                  .value("interventions/online learning");
              Context.strings(out, "students", List.of(Ids.STUDENT.of(1), Ids.STUDENT.of(2)));
              out.name("teacher").value(Ids.STAFF.of(Layout.LEADERS));
              Context.strings(out, "teachers", List.of(Ids.STAFF.of(Layout.LEADERS)));
              out.endObject();
            }));
    events.add(
        event(
            events.size(),
            "attendance.recorded",
            school0,
            out ->
                out.name("object")
                    .beginObject()
                    .name("id")
                    .value(Ids.EVENT.of(900))
                    .name("student")
                    .value(Ids.STUDENT.of(0))
                    .name("status")
                    .value("present")
                    .endObject()));
    return new SmallSource(events);
  }

  /** The collections event objects are copied from. */
  public record EventObjects(
      RecordSource students, RecordSource contacts, RecordSource sections, RecordSource schools) {}

  private SmallSource.Entry event(int index, String type, String school, SmallSource.Body data) {
    // The district's size is part of every event id: a generated district of another size is
    // another district, so an events cursor taken from one is unknown (404) to the other, and an
    // incremental sync falls back to a full read instead of applying one district's events to
    // another's roster.
    String id = Ids.EVENT.of(((long) context.layout().students() << 16) + index);
    String recordType = type.substring(0, type.indexOf('.'));
    return new SmallSource.Entry(
        id,
        recordType,
        school,
        out -> {
          out.beginObject();
          out.name("created").value(String.format("2026-09-30T0%d:15:42.401Z", index));
          out.name("data").beginObject();
          data.write(out);
          out.endObject();
          out.name("id").value(id);
          out.name("type").value(type);
          out.endObject();
        });
  }
}
