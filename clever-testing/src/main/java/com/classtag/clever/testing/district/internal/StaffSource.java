package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The district's teachers, staff and district admins, generated from their index in the {@link
 * Layout}: a superintendent, a technology director who holds all three employee roles, two staff
 * per school, then homeroom teachers and subject teachers, every third subject teacher also a
 * department head (staff).
 */
public final class StaffSource implements RecordSource {
  /** The staff index of the superintendent, a district admin only. */
  public static final int SUPERINTENDENT = 0;

  /** The staff index of the technology director: district admin, staff and teacher in one user. */
  public static final int TECH_DIRECTOR = 1;

  private static final String DOMAIN = "@maplevalley.example.org";

  private final Context context;
  private final Layout layout;

  /**
   * Creates the source.
   *
   * @param context the district
   */
  public StaffSource(Context context) {
    this.context = context;
    this.layout = context.layout();
  }

  @Override
  public int size() {
    return layout.staff();
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, size());
    return Ids.STAFF.of(index);
  }

  /** Returns whether the person at this index has the given role key. */
  public boolean hasRole(int index, String role) {
    switch (role) {
      case "district_admin":
        return index == SUPERINTENDENT || index == TECH_DIRECTOR;
      case "teacher":
        return index >= Layout.LEADERS || index == TECH_DIRECTOR;
      case "staff":
        return index == TECH_DIRECTOR
            || (index >= 2 && index < Layout.LEADERS)
            || (isSubjectTeacher(index) && subjectOf(index) % 3 == 0);
      default:
        return false;
    }
  }

  /** Returns a staff member's family name, which section names carry. */
  String lastName(int index) {
    Draws draws = context.draws(Draws.Stream.STAFF, index);
    Names.first(draws);
    return Names.last(draws);
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    Objects.checkIndex(index, size());
    Draws draws = context.draws(Draws.Stream.STAFF, index);
    String first = Names.first(draws);
    String last = Names.last(draws);
    out.beginObject();
    out.name("created").value(Context.created(index));
    out.name("district").value(context.districtId());
    String username = Names.mailbox(first).charAt(0) + Names.mailbox(last) + index;
    // One homeroom teacher has no email in the SIS.
    if (index != Layout.LEADERS + 5) {
      out.name("email").value(username + DOMAIN);
    }
    out.name("id").value(id(index));
    out.name("last_modified").value(Context.modified(index));
    out.name("name").beginObject().name("first").value(first);
    if (draws.percent(50)) {
      out.name("middle").value(Names.middle(draws));
    }
    out.name("last").value(last).endObject();
    out.name("roles").beginObject();
    if (hasRole(index, "district_admin")) {
      out.name("district_admin").beginObject();
      out.name("legacy_id").value(Ids.LEGACY.of(500_000L + index));
      out.name("title")
          .value(index == SUPERINTENDENT ? "Superintendent" : "Director of Technology");
      out.endObject();
    }
    if (hasRole(index, "staff")) {
      writeStaffRole(index, username, out);
    }
    if (hasRole(index, "teacher")) {
      writeTeacherRole(index, username, draws, out);
    }
    out.endObject();
    out.endObject();
  }

  private void writeStaffRole(int index, String username, JsonWriter out) throws IOException {
    out.name("staff").beginObject();
    out.name("credentials").beginObject().name("district_username").value(username).endObject();
    List<String> schools;
    String title;
    List<String> roles;
    String department;
    if (index == TECH_DIRECTOR) {
      schools = List.of(context.schoolId(0), context.schoolId(1), context.schoolId(2));
      title = "Director of Technology";
      roles = List.of("SchoolTechLead");
      department = "Technology";
    } else if (index < Layout.LEADERS) {
      int school = (index - 2) / 2;
      schools = List.of(context.schoolId(school));
      boolean office = (index - 2) % 2 == 0;
      title = office ? "Office Manager" : "Assistant Principal";
      // "AttendanceClerk" is a staff role value Clever's docs do not list.
      roles = office ? List.of("PortalOnly") : List.of("SchoolTechLead", "AttendanceClerk");
      department = "Administration";
    } else {
      int school = schoolOfSubjectTeacher(index);
      schools = List.of(context.schoolId(school));
      title = "Department Head";
      roles = List.of();
      department =
          Context.SUBJECT_COURSES.get(
              subjectIndex(school, subjectOf(index) - layout.firstSubject(school)));
    }
    out.name("department").value(department);
    out.name("legacy_id").value(Ids.LEGACY.of(600_000L + index));
    Context.strings(out, "roles", roles);
    Context.strings(out, "schools", schools);
    out.name("staff_id").value("S-" + Context.pad(index, 5));
    out.name("title").value(title);
    out.endObject();
  }

  private void writeTeacherRole(int index, String username, Draws draws, JsonWriter out)
      throws IOException {
    int school;
    String title;
    if (index == TECH_DIRECTOR) {
      school = 0;
      title = "Robotics Coach";
    } else if (isSubjectTeacher(index)) {
      school = schoolOfSubjectTeacher(index);
      title =
          Context.SUBJECT_COURSES.get(
                  subjectIndex(school, subjectOf(index) - layout.firstSubject(school)))
              + " Teacher";
    } else {
      int homeroom = index - Layout.LEADERS;
      school = schoolOfHomeroom(homeroom);
      title =
          "Grade "
              + context.homeroomGrade(school, homeroom - layout.firstHomeroom(school))
              + " Teacher";
    }
    out.name("teacher").beginObject();
    out.name("credentials").beginObject().name("district_username").value(username).endObject();
    if (draws.percent(60)) {
      out.name("ext")
          .beginObject()
          .name("certification")
          .value(title.replace(" Teacher", ""))
          .endObject();
    }
    if (index % 2 == 0) {
      out.name("legacy_id").value(Ids.LEGACY.of(700_000L + index));
    }
    out.name("school").value(context.schoolId(school));
    Context.strings(out, "schools", List.of(context.schoolId(school)));
    out.name("sis_id").value("T-" + Context.pad(index, 5));
    out.name("state_id").value(draws.percent(70) ? Integer.toString(770_000_000 + index) : "");
    out.name("teacher_number").value(Integer.toString(3_000 + index));
    out.name("title").value(title);
    out.endObject();
  }

  /** The subject of a district-wide subject section number: schools cycle through the subjects. */
  static int subjectIndex(int school, int subject) {
    if (school == 2 && subject == 1) {
      return Context.SUBJECTS.size();
    }
    return (school * 3 + subject) % Context.SUBJECTS.size();
  }

  private boolean isSubjectTeacher(int index) {
    return index >= Layout.LEADERS + layout.homerooms();
  }

  private int subjectOf(int index) {
    return index - Layout.LEADERS - layout.homerooms();
  }

  private int schoolOfSubjectTeacher(int index) {
    int subject = subjectOf(index);
    int school = 0;
    while (subject >= layout.firstSubject(school + 1)) {
      school++;
    }
    return school;
  }

  private int schoolOfHomeroom(int homeroom) {
    int school = 0;
    while (homeroom >= layout.firstHomeroom(school + 1)) {
      school++;
    }
    return school;
  }
}
