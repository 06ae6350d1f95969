package com.classtag.sync.plan;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates small, messy districts for the property tests from a seed: a roster drawn from fixed id
 * pools (so people come, go, change ids and share emails), and an app state made by syncing a
 * previous random roster and then letting "people" edit it (manual classrooms, hand-added members,
 * archives, joined users).
 */
final class Worlds {
  static final Instant NOW = Instant.parse("2025-01-15T07:00:00Z");
  private static final String[] SUBJECTS = {"homeroom/advisory", "math", "science"};
  private static final String[] TYPES = {
    "Parent/Guardian", "Parent/Guardian", "Emergency", "Primary"
  };
  private static final String[] RELATIONSHIPS = {"Parent", "Parent", "Grandparent", "Sibling"};
  private static final String[] NAMES = {"Rivera", "Okafor", "Nguyen", "Smith"};

  /** One generated case. */
  record World(Roster roster, AppState state, SyncSettings settings, Instant now) {
    @Override
    public String toString() {
      return roster + " / " + state + " / " + settings;
    }
  }

  private Worlds() {}

  static World generate(long seed) {
    Random r = new Random(seed);
    SyncSettings settings = settings(r);
    AppState base = baseApp(r);
    Roster previous = roster(r);
    AppState state =
        Planner.apply(
            Planner.create(settings(r)).plan(previous, base, NOW.minusSeconds(86400)), base);
    state = edit(r, state);
    Roster roster = r.nextInt(20) == 0 ? Roster.builder().build() : roster(r);
    return new World(roster, state, settings, NOW);
  }

  static SyncSettings settings(Random r) {
    SyncSettings.Builder b =
        SyncSettings.builder()
            .unarchiveReappearing(r.nextBoolean())
            .manageGuardians(r.nextInt(6) != 0)
            .updateJoinedUserDetails(r.nextBoolean())
            .deletionThreshold(DeletionThreshold.of(r.nextInt(101), r.nextInt(6)))
            .nearEmptySchoolPercent(r.nextInt(3) * 10)
            .classroomNames(
                r.nextBoolean()
                    ? ClassroomNamePolicy.KEEP_EDITED
                    : ClassroomNamePolicy.FOLLOW_ROSTER)
            .archiveEndedTerms(r.nextBoolean())
            .termGraceDays(r.nextInt(30))
            .removeDepartedTeachers(r.nextBoolean())
            .removePersonAddedMembers(r.nextBoolean())
            .studentIdSource(
                r.nextBoolean() ? StudentIdSource.SIS_ID : StudentIdSource.STUDENT_NUMBER)
            .syncDistrictAdmins(r.nextBoolean())
            .carryAllExtensionFields(r.nextBoolean());
    if (r.nextInt(4) == 0) {
      b.addContactTypes("Emergency");
    }
    if (r.nextInt(4) == 0) {
      b.sectionFilter(SectionFilter.builder().addSubjects("homeroom/advisory", "math").build());
    }
    return b.build();
  }

  private static AppState baseApp(Random r) {
    AppState.Builder b =
        AppState.builder()
            .addSchools(
                AppSchool.builder().id("app-0").name("North").addSourceSchoolIds("sch-0").build());
    AppSchool.Builder second =
        AppSchool.builder().id("app-1").name("South").addSourceSchoolIds("sch-1");
    if (r.nextInt(10) == 0) {
      second.addSourceSchoolIds("sch-9");
    }
    return b.addSchools(second.build(), AppSchool.builder().id("app-2").build()).build();
  }

  static Roster roster(Random r) {
    Roster.Builder b = Roster.builder();
    for (int s = 0; s < 3; s++) {
      if (r.nextInt(12) != 0) {
        b.addSchools(Fixtures.school("sch-" + s));
      }
    }
    b.addTerms(
        SourceTerm.builder().id("term-old").endDate(LocalDate.parse("2024-06-01")).build(),
        SourceTerm.builder().id("term-now").endDate(LocalDate.parse("2025-06-30")).build());
    int sections = r.nextInt(9);
    for (int i = 0; i < sections; i++) {
      int k = r.nextInt(10);
      SourceSection.Builder s =
          SourceSection.builder()
              .id(r.nextInt(8) == 0 ? "sec-" + k + "-v2" : "sec-" + k)
              .sisId("sis-sec-" + k)
              .schoolId("sch-" + r.nextInt(3))
              .name("Class " + k + (r.nextInt(5) == 0 ? " (renamed)" : ""))
              .grade(String.valueOf(3 + r.nextInt(2)));
      if (r.nextInt(4) != 0) {
        s.subject(SUBJECTS[r.nextInt(SUBJECTS.length)]);
      }
      s.termId(r.nextInt(4) == 0 ? "term-old" : r.nextInt(10) == 0 ? "term-404" : "term-now");
      for (int t = 0; t < r.nextInt(4); t++) {
        s.addTeacherIds(r.nextInt(15) == 0 ? "t-404" : "t-" + r.nextInt(6));
      }
      for (int t = 0; t < r.nextInt(6); t++) {
        s.addStudentIds(r.nextInt(15) == 0 ? "s-404" : "s-" + r.nextInt(15));
      }
      b.addSections(s.build());
    }
    for (int t = 0; t < 6; t++) {
      if (r.nextInt(5) == 0) {
        continue;
      }
      SourcePerson.Builder p =
          SourcePerson.builder()
              .id(r.nextInt(10) == 0 ? "t-" + t + "-v2" : "t-" + t)
              .addRoles(PersonRole.TEACHER)
              .firstName("T" + t)
              .lastName(NAMES[t % NAMES.length])
              .email(r.nextInt(8) == 0 ? "shared@school.example" : "t" + t + "@school.example")
              .sisId("sis-t-" + t)
              .addSchoolIds("sch-" + r.nextInt(3));
      if (r.nextInt(4) == 0) {
        p.addRoles(PersonRole.SCHOOL_ADMIN).addAdminSchoolIds("sch-" + r.nextInt(3));
      }
      if (r.nextInt(5) == 0) {
        p.addRoles(PersonRole.DISTRICT_ADMIN);
      }
      b.addPeople(p.build());
    }
    for (int s = 0; s < 15; s++) {
      if (r.nextInt(6) == 0) {
        continue;
      }
      SourcePerson.Builder p =
          SourcePerson.builder()
              .id(r.nextInt(12) == 0 ? "s-" + s + "-v2" : "s-" + s)
              .addRoles(PersonRole.STUDENT)
              .firstName("Kid" + s)
              .lastName(NAMES[s % NAMES.length])
              .sisId("sis-s-" + s)
              .studentNumber("n-" + s)
              .grade(String.valueOf(3 + r.nextInt(2)))
              .addSchoolIds("sch-" + r.nextInt(3));
      if (r.nextBoolean()) {
        p.ellStatus(r.nextBoolean() ? "Y" : "N").iepStatus("N");
      }
      if (r.nextInt(3) == 0) {
        p.putExtensionFields("house", r.nextBoolean() ? "red" : "blue");
      }
      if (r.nextInt(10) == 0) {
        p.email("kid" + s + "@students.example");
      }
      b.addPeople(p.build());
      if (r.nextInt(25) == 0) {
        b.addPeople(p.firstName("Duplicate").build());
      }
    }
    for (int c = 0; c < 8; c++) {
      if (r.nextInt(6) == 0) {
        continue;
      }
      String id = r.nextInt(8) == 0 ? "c-" + c + "-v2" : "c-" + c;
      SourcePerson.Builder p =
          SourcePerson.builder()
              .id(id)
              .addRoles(PersonRole.CONTACT)
              .lastName("Parent " + NAMES[c % NAMES.length] + (c / NAMES.length));
      int email = r.nextInt(6);
      if (email > 0) {
        p.email(
            email == 1
                ? "family@home.example"
                : email == 2 ? "no-at-sign" : "c" + c + "@home.example");
      }
      if (r.nextBoolean()) {
        p.addPhones(
            Phone.of("555-01" + c + "-000" + r.nextInt(2), r.nextBoolean() ? "Cell" : "Home"));
      }
      if (r.nextInt(3) == 0) {
        p.sisId("sis-c-" + c);
      }
      b.addPeople(p.build());
      for (int l = 0; l < 1 + r.nextInt(3); l++) {
        b.addGuardianLinks(
            GuardianLink.builder()
                .contactId(id)
                .studentId(r.nextInt(20) == 0 ? "s-404" : "s-" + r.nextInt(15))
                .type(TYPES[r.nextInt(TYPES.length)])
                .relationship(RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)])
                .build());
      }
    }
    if (r.nextInt(15) == 0) {
      b.addPeople(SourcePerson.builder().id("").addRoles(PersonRole.STUDENT).build());
    }
    return b.build();
  }

  /** Lets "people" edit a synced state: the things the planner must not trample. */
  static AppState edit(Random r, AppState state) {
    List<Classroom> classrooms = new ArrayList<>();
    for (Classroom c : state.classrooms()) {
      Classroom.Builder b = Classroom.builder().from(c);
      int roll = r.nextInt(10);
      if (roll == 0 && !c.isArchived()) {
        b.archive(Archive.byPerson(NOW.minusSeconds(3600 * 24 * 3)));
      } else if (roll == 1 && !state.students().isEmpty()) {
        b.addStudents(StudentMembership.of(pick(r, state.students()).id(), Actor.PERSON));
      } else if (roll == 2 && !state.staff().isEmpty()) {
        String staffId = pick(r, state.staff()).id();
        if (c.teachers().stream().noneMatch(t -> t.staffId().equals(staffId))) {
          b.addTeachers(
              TeacherMembership.builder()
                  .staffId(staffId)
                  .role(TeacherRole.CO_TEACHER)
                  .addedBy(Actor.PERSON)
                  .build());
        }
      } else if (roll == 3) {
        b.name(c.name() + " (edited)").nameEdited(true);
      } else if (roll == 4) {
        b.addSections(SectionRef.of("sec-404"));
      }
      classrooms.add(b.build());
    }
    Classroom.Builder manual =
        Classroom.builder().id("manual-1").schoolId("app-0").name("Chess club");
    if (!state.students().isEmpty()) {
      manual.addStudents(StudentMembership.of(pick(r, state.students()).id(), Actor.PERSON));
    }
    if (!state.staff().isEmpty()) {
      manual.addTeachers(
          TeacherMembership.builder()
              .staffId(pick(r, state.staff()).id())
              .role(TeacherRole.PRIMARY)
              .addedBy(Actor.SYNC)
              .build());
    }
    classrooms.add(manual.build());
    List<StaffAccount> staff = new ArrayList<>();
    for (StaffAccount a : state.staff()) {
      StaffAccount.Builder b = StaffAccount.builder().from(a);
      if (r.nextInt(3) == 0) {
        b.status(UserStatus.JOINED);
      }
      if (r.nextInt(6) == 0
          && a.schoolAccess().stream().noneMatch(s -> s.schoolId().equals("app-1"))) {
        b.addSchoolAccess(
            SchoolAccess.builder()
                .schoolId("app-1")
                .role(AccessRole.ADMIN)
                .addedBy(Actor.PERSON)
                .build());
      }
      staff.add(b.build());
    }
    List<ContactAccount> contacts = new ArrayList<>();
    for (ContactAccount a : state.contacts()) {
      ContactAccount.Builder b = ContactAccount.builder().from(a);
      if (r.nextInt(3) == 0) {
        b.status(UserStatus.JOINED);
      }
      if (r.nextInt(5) == 0 && !state.students().isEmpty()) {
        String studentId = pick(r, state.students()).id();
        if (a.links().stream().noneMatch(l -> l.studentId().equals(studentId))) {
          b.addLinks(ContactLink.builder().studentId(studentId).addedBy(Actor.PERSON).build());
        }
      }
      contacts.add(b.build());
    }
    AppState.Builder out =
        AppState.builder().from(state).classrooms(classrooms).staff(staff).contacts(contacts);
    if (r.nextInt(10) == 0) {
      out.baseline(Optional.empty());
    }
    return out.build();
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
