package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The district's sections, generated from their index in the {@link Layout}. Each school has its
 * homerooms (30 students, one teacher, every fifth co-taught with the neighbouring homeroom's
 * teacher), then its subject sections (a homeroom and half the next, co-taught every other time). A
 * few carry the quirks of real feeds: a co-teacher who is not shared, a student who is not shared,
 * an unknown subject, and a section still in the roster whose summer term has ended.
 */
public final class SectionSource implements RecordSource {
  private final Context context;
  private final Layout layout;
  private final StaffSource staff;

  /**
   * Creates the source.
   *
   * @param context the district
   * @param staff the staff, whose names section names carry
   */
  public SectionSource(Context context, StaffSource staff) {
    this.context = context;
    this.layout = context.layout();
    this.staff = staff;
  }

  @Override
  public int size() {
    return layout.sections();
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, size());
    return Ids.SECTION.of(index);
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    Objects.checkIndex(index, size());
    int school = layout.schoolOfSection(index);
    int local = index - layout.firstSection(school);
    boolean homeroom = local < layout.homerooms(school);
    Shape shape =
        homeroom ? homeroom(school, local) : subject(school, local - layout.homerooms(school));
    out.beginObject();
    out.name("course").value(Ids.COURSE.of(shape.course));
    out.name("created").value(Context.created(index));
    out.name("district").value(context.districtId());
    out.name("ext").beginObject().name("room").value("R" + shape.room).endObject();
    out.name("grade").value(shape.grade);
    out.name("id").value(id(index));
    out.name("last_modified").value(Context.modified(index));
    out.name("name").value(shape.name);
    out.name("period").value(shape.period);
    out.name("school").value(context.schoolId(school));
    out.name("section_number").value("");
    out.name("sis_id").value("SEC-" + Context.pad(index, 6));
    Context.strings(out, "students", shape.students);
    out.name("subject").value(shape.subject);
    out.name("teacher").value(shape.teachers.get(0));
    Context.strings(out, "teachers", shape.teachers);
    out.name("term_id").value(Ids.TERM.of(shape.term));
    out.endObject();
  }

  /** The fields that differ between homerooms and subject sections. */
  private static final class Shape {
    final List<String> students = new ArrayList<>();
    final List<String> teachers = new ArrayList<>(3);
    String name;
    String grade;
    String subject;
    String period;
    int course;
    int term;
    int room;
  }

  private Shape homeroom(int school, int homeroom) {
    Shape shape = new Shape();
    shape.grade = context.homeroomGrade(school, homeroom);
    shape.subject = "homeroom/advisory";
    shape.period = "0";
    shape.course = school;
    shape.term = Context.YEAR_TERM;
    shape.room = 100 * (school + 1) + homeroom + 1;
    int teacher = layout.homeroomTeacher(school, homeroom);
    shape.teachers.add(Ids.STAFF.of(teacher));
    if (homeroom % 5 == 3) {
      shape.teachers.add(Ids.STAFF.of(layout.homeroomTeacher(school, homeroom - 1)));
    }
    addHomeroomStudents(school, homeroom, false, shape.students);
    if (school == 2 && homeroom == 0) {
      // A student the district has not shared with the app.
      shape.students.add(Ids.STUDENT.of(layout.students() + 1_000L));
    }
    String label = shape.grade.equals("Kindergarten") ? "K" : shape.grade;
    shape.name = "Homeroom " + label + " - " + staff.lastName(teacher) + " - " + shape.room;
    return shape;
  }

  private Shape subject(int school, int subject) {
    Shape shape = new Shape();
    int base = subject * Layout.HOMEROOMS_PER_SUBJECT;
    int kind = StaffSource.subjectIndex(school, subject);
    shape.grade = context.homeroomGrade(school, base);
    shape.subject =
        kind < Context.SUBJECTS.size() ? Context.SUBJECTS.get(kind) : Context.UNKNOWN_SUBJECT;
    shape.period = Integer.toString(1 + subject % 7);
    shape.course = Layout.SCHOOLS + kind;
    shape.term =
        school == 0 && subject == 2
            ? Context.SUMMER_TERM
            : subject % 2 == 0 ? Context.FIRST_SEMESTER : Context.SECOND_SEMESTER;
    shape.room = 100 * (school + 1) + 50 + subject;
    int teacher = layout.subjectTeacher(school, subject);
    shape.teachers.add(Ids.STAFF.of(teacher));
    if (school == 0 && subject == 0) {
      shape.teachers.add(Ids.STAFF.of(StaffSource.TECH_DIRECTOR));
    } else if (subject % 2 == 0) {
      shape.teachers.add(Ids.STAFF.of(layout.homeroomTeacher(school, base)));
    }
    if (school == 1 && subject == 1) {
      // A co-teacher the district has not shared with the app.
      shape.teachers.add(Ids.STAFF.of(layout.staff() + 500L));
    }
    addHomeroomStudents(school, base, false, shape.students);
    if (base + 1 < layout.homerooms(school)) {
      addHomeroomStudents(school, base + 1, true, shape.students);
    }
    shape.name =
        Context.SUBJECT_COURSES.get(kind)
            + " "
            + shape.grade
            + " - "
            + staff.lastName(teacher)
            + " - "
            + shape.period;
    return shape;
  }

  private void addHomeroomStudents(
      int school, int homeroom, boolean everyOther, List<String> into) {
    int first = layout.firstStudent(school) + homeroom * Layout.HOMEROOM_SIZE;
    int end =
        Math.min(
            first + Layout.HOMEROOM_SIZE,
            layout.firstStudent(school) + layout.schoolStudents(school));
    for (int student = first; student < end; student += everyOther ? 2 : 1) {
      into.add(Ids.STUDENT.of(student));
    }
  }
}
