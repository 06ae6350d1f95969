package com.classtag.benchmarks.plan;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic roster in the planner's source model, built straight from a {@link DistrictShape}
 * with {@code students} students, 1.5 contacts per student, one section and one staff member per 20
 * students (for 1,000,000 students: 50,000 sections and 1,500,000 contacts, the planner's reference
 * district). Sections hold 20 to 32 students of their own school; a share of them are co-taught;
 * contacts link to one or two students with the type and relationship mix of real feeds, so some
 * links pass the default filters and some are skipped. Deterministic: the same size gives an equal
 * roster.
 */
final class SyntheticRoster {
  private static final String[] GRADES = {
    "Kindergarten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
  };
  private static final String[] SUBJECTS = {
    "math",
    "english/language arts",
    "science",
    "social studies",
    "homeroom/advisory",
    "arts and music"
  };
  private static final String[] TYPES = {
    "Parent/Guardian", "Parent/Guardian", "Parent/Guardian", "Emergency", "Family"
  };
  private static final String[] RELATIONSHIPS = {
    "Parent", "Parent", "Parent", "Grandparent", "Aunt/Uncle", "Other"
  };
  private static final String[] PHONE_TYPES = {"Cell", "Cell", "Cell", "Home", "Work"};

  final DistrictShape shape;

  SyntheticRoster(int students) {
    if (students < 20 || students % 20 != 0) {
      throw new IllegalArgumentException(
          "students must be a positive multiple of 20, was " + students);
    }
    this.shape = DistrictShape.studentsAndGuardians(students / 20, students / 20);
  }

  /**
   * Returns the app state of a district that has just mapped its schools and synced nothing yet.
   */
  AppState firstSyncState() {
    AppState.Builder state = AppState.builder();
    for (int s = 0; s < DistrictShape.SCHOOLS; s++) {
      state.addSchools(
          AppSchool.builder()
              .id("app-school-" + s)
              .name("School " + s)
              .addSourceSchoolIds(shape.schoolId(s))
              .build());
    }
    return state.build();
  }

  /** Builds the roster. */
  Roster roster() {
    Roster.Builder roster = Roster.builder().districtId(shape.districtId());
    for (int s = 0; s < DistrictShape.SCHOOLS; s++) {
      roster.addSchools(SourceSchool.builder().id(shape.schoolId(s)).name("School " + s).build());
    }
    for (int t = 0; t < DistrictShape.TERMS; t++) {
      roster.addTerms(
          SourceTerm.builder()
              .id(shape.termId(t))
              .name("Semester " + (t + 1))
              .startDate(t == 0 ? LocalDate.of(2025, 8, 25) : LocalDate.of(2026, 1, 26))
              .endDate(t == 0 ? LocalDate.of(2026, 1, 23) : LocalDate.of(2026, 6, 12))
              .build());
    }
    List<SourcePerson> people =
        new ArrayList<>(shape.students() + shape.contacts() + shape.staff());
    for (int n = 0; n < shape.staff(); n++) {
      people.add(staff(n));
    }
    for (int n = 0; n < shape.students(); n++) {
      people.add(student(n, 0));
    }
    List<GuardianLink> links = new ArrayList<>(shape.contacts() * 5 / 4);
    for (int n = 0; n < shape.contacts(); n++) {
      SourcePerson contact = contact(n, 0);
      people.add(contact);
      addLinks(n, contact.id(), links);
    }
    List<SourceSection> sections = new ArrayList<>(shape.sections());
    for (int n = 0; n < shape.sections(); n++) {
      sections.add(section(n));
    }
    return roster.addAllPeople(people).addAllGuardianLinks(links).addAllSections(sections).build();
  }

  /** Returns the school of a student. */
  static int schoolOfStudent(int student) {
    return student % DistrictShape.SCHOOLS;
  }

  /**
   * Builds a student; {@code version} above 0 gives the same student with a changed name and grade.
   */
  SourcePerson student(int n, int version) {
    SplittableRandom random = random(1, n);
    int grade = random.nextInt(GRADES.length);
    SourcePerson.Builder b =
        SourcePerson.builder()
            .id(shape.studentId(n))
            .addRoles(PersonRole.STUDENT)
            .firstName(Names.first(random))
            .lastName(Names.last(random) + (version == 0 ? "" : "-Rivera"))
            .sisId(Integer.toString(1_000_000 + n))
            .studentNumber(Integer.toString(1_000_000 + n))
            .legacyId("legacy-s-" + n)
            .addSchoolIds(shape.schoolId(schoolOfStudent(n)))
            .grade(GRADES[(grade + version) % GRADES.length])
            .ellStatus(random.nextInt(10) == 0 ? "Y" : "N")
            .iepStatus(random.nextInt(8) == 0 ? "Y" : "N")
            .frlStatus(random.nextInt(3) == 0 ? "Free" : "Paid");
    if (random.nextInt(4) != 0) {
      b.email("s" + n + "@students.example.org");
    }
    if (random.nextInt(3) == 0) {
      b.extensionFields(Map.of("homeroom", Integer.toString(100 + random.nextInt(300))));
    }
    return b.build();
  }

  /**
   * Builds a contact; {@code version} above 0 gives the same contact with a changed email and
   * phone.
   */
  SourcePerson contact(int n, int version) {
    SplittableRandom random = random(2, n);
    SourcePerson.Builder b =
        SourcePerson.builder()
            .id(shape.contactId(n))
            .addRoles(PersonRole.CONTACT)
            .lastName(Names.first(random) + " " + Names.last(random));
    if (random.nextInt(3) != 0) {
      b.sisId("C-" + (80_000 + n));
    }
    if (random.nextInt(4) != 0 || version > 0) {
      b.email("c" + n + (version == 0 ? "" : "v" + version) + "@example.com");
    }
    if (random.nextInt(5) != 0) {
      b.addPhones(
          Phone.of(
              "541555" + (1000 + (n + version) % 9000),
              PHONE_TYPES[random.nextInt(PHONE_TYPES.length)]));
    }
    return b.build();
  }

  /**
   * Adds the guardian links of a contact: its student, and for a quarter of contacts a sibling too.
   * The links name the contact by {@code contactId}, its person's own id string, as
   * CleverRosterAdapter's links do (it reads both from the one contact record).
   */
  void addLinks(int contact, String contactId, List<GuardianLink> links) {
    SplittableRandom random = random(3, contact);
    int student = (int) ((long) contact * shape.students() / shape.contacts());
    // A sibling is the next student of the same school; contacts stay within one school.
    int count =
        random.nextInt(4) == 0 && student + DistrictShape.SCHOOLS < shape.students() ? 2 : 1;
    for (int i = 0; i < count; i++) {
      links.add(
          GuardianLink.builder()
              .contactId(contactId)
              .studentId(shape.studentId((student + i * DistrictShape.SCHOOLS) % shape.students()))
              .type(TYPES[random.nextInt(TYPES.length)])
              .relationship(RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)])
              .build());
    }
  }

  /** Builds a staff member: mostly teachers, some also school or district admins. */
  SourcePerson staff(int n) {
    SplittableRandom random = random(4, n);
    int school = n % DistrictShape.SCHOOLS;
    SourcePerson.Builder b =
        SourcePerson.builder()
            .id(shape.staffId(n))
            .addRoles(PersonRole.TEACHER)
            .firstName(Names.first(random))
            .lastName(Names.last(random))
            .email("t" + n + "@example.org")
            .sisId("T-" + n)
            .legacyId("legacy-t-" + n)
            .addSchoolIds(shape.schoolId(school));
    int roles = random.nextInt(100);
    if (roles < 8) {
      b.addRoles(PersonRole.SCHOOL_ADMIN).addAdminSchoolIds(shape.schoolId(school));
    }
    if (roles == 99) {
      b.addRoles(PersonRole.DISTRICT_ADMIN);
    }
    return b.build();
  }

  /**
   * Builds a section of its school: 20 to 32 of the school's students, a primary teacher of the
   * school and, for one section in seven, a co-teacher. Every person a section or a contact names
   * is of the same school, so the roster splits into one self-contained roster per school ({@link
   * SyncedState}).
   */
  SourceSection section(int n) {
    SplittableRandom random = random(5, n);
    int school = n % DistrictShape.SCHOOLS;
    int perSchool = shape.students() / DistrictShape.SCHOOLS;
    int sectionsPerSchool = Math.max(1, shape.sections() / DistrictShape.SCHOOLS);
    int first = (int) ((long) (n / DistrictShape.SCHOOLS) * perSchool / sectionsPerSchool);
    SourceSection.Builder b =
        SourceSection.builder()
            .id(shape.sectionId(n))
            .sisId("SEC-" + n)
            .schoolId(shape.schoolId(school))
            .name(Names.last(random) + " - " + SUBJECTS[n % SUBJECTS.length] + " - " + n % 8)
            .termId(shape.termId(n % DistrictShape.TERMS))
            .subject(SUBJECTS[n % SUBJECTS.length])
            .grade(GRADES[random.nextInt(GRADES.length)])
            .addTeacherIds(shape.staffId(n % shape.staff()));
    // Staff member n teaches section n; a co-teacher is the next teacher of the same school.
    if (random.nextInt(7) == 0 && n + DistrictShape.SCHOOLS < shape.staff()) {
      b.addTeacherIds(shape.staffId(n + DistrictShape.SCHOOLS));
    }
    int size = 20 + random.nextInt(13);
    for (int i = 0; i < size; i++) {
      int inSchool = (first + i * 7) % perSchool;
      b.addStudentIds(shape.studentId(school + inSchool * DistrictShape.SCHOOLS));
    }
    return b.build();
  }

  private static SplittableRandom random(int kind, int n) {
    return new SplittableRandom(DistrictShape.SEED * 31 + kind ^ (n * 0x9E3779B97F4A7C15L));
  }
}
