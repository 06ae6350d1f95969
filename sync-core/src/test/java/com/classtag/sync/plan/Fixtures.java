package com.classtag.sync.plan;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Small, readable roster and state fixtures.
 *
 * <p>The standard district: Clever school {@code sch-1}, linked to app school {@code app-1}.
 *
 * <ul>
 *   <li>{@code sec-1} "Homeroom 4B": teachers {@code t-1} (primary) and {@code t-2}; students
 *       {@code s-1}, {@code s-2};
 *   <li>{@code sec-2} "Math 4": teacher {@code t-2}; students {@code s-2}, {@code s-3};
 *   <li>contact {@code c-1}, parent of {@code s-1} and {@code s-2}; contact {@code c-2}, parent of
 *       {@code s-3}.
 * </ul>
 */
final class Fixtures {
  static final Instant NOW = Instant.parse("2025-01-15T07:00:00Z");

  private Fixtures() {}

  static SourceSchool school(String id) {
    return SourceSchool.builder().id(id).name("School " + id).build();
  }

  static SourceSection.Builder section(String id, String school) {
    return SourceSection.builder().id(id).schoolId(school).name("Class " + id).sisId("sis-" + id);
  }

  static SourcePerson.Builder studentBuilder(String id, String school) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.STUDENT)
        .firstName("Kid" + id)
        .lastName("Family" + id)
        .sisId("sis-" + id)
        .studentNumber("n-" + id)
        .grade("4")
        .addSchoolIds(school);
  }

  static SourcePerson student(String id, String school) {
    return studentBuilder(id, school).build();
  }

  static SourcePerson.Builder teacherBuilder(String id, String school) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.TEACHER)
        .firstName("Teach" + id)
        .lastName("Er" + id)
        .email(id + "@school.example")
        .sisId("sis-" + id)
        .addSchoolIds(school);
  }

  static SourcePerson teacher(String id, String school) {
    return teacherBuilder(id, school).build();
  }

  static SourcePerson.Builder contactBuilder(String id) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.CONTACT)
        .lastName("Parent " + id)
        .email(id + "@home.example")
        .addPhones(Phone.of("(555) 010-" + (1000 + Math.abs(id.hashCode() % 9000)), "Cell"));
  }

  static SourcePerson contact(String id) {
    return contactBuilder(id).build();
  }

  static GuardianLink parent(String contact, String student) {
    return GuardianLink.builder()
        .contactId(contact)
        .studentId(student)
        .type("Parent/Guardian")
        .relationship("Parent")
        .build();
  }

  static AppSchool appSchool(String id, String... sourceIds) {
    return AppSchool.builder().id(id).name("App " + id).addSourceSchoolIds(sourceIds).build();
  }

  static SourceSection sec1() {
    return section("sec-1", "sch-1")
        .name("Homeroom 4B")
        .subject("homeroom/advisory")
        .grade("4")
        .addTeacherIds("t-1", "t-2")
        .addStudentIds("s-1", "s-2")
        .build();
  }

  static SourceSection sec2() {
    return section("sec-2", "sch-1")
        .name("Math 4")
        .subject("math")
        .grade("4")
        .addTeacherIds("t-2")
        .addStudentIds("s-2", "s-3")
        .build();
  }

  /** The standard district's roster. */
  static Roster.Builder district() {
    return Roster.builder()
        .addSchools(school("sch-1"))
        .addSections(sec1(), sec2())
        .addPeople(
            teacher("t-1", "sch-1"),
            teacher("t-2", "sch-1"),
            student("s-1", "sch-1"),
            student("s-2", "sch-1"),
            student("s-3", "sch-1"),
            contact("c-1"),
            contact("c-2"))
        .addGuardianLinks(parent("c-1", "s-1"), parent("c-1", "s-2"), parent("c-2", "s-3"));
  }

  /** An app with the standard school mapped and nothing synced yet. */
  static AppState emptyApp() {
    return AppState.builder().addSchools(appSchool("app-1", "sch-1")).build();
  }

  /** The app after a nightly sync of {@code roster} into {@code state} with {@code settings}. */
  static AppState synced(Roster roster, AppState state, SyncSettings settings) {
    return Planner.apply(Planner.create(settings).plan(roster, state, NOW), state);
  }

  /** The app after the standard district's first sync with the default settings. */
  static AppState syncedDistrict() {
    return synced(district().build(), emptyApp(), SyncSettings.defaults());
  }

  static Plan plan(Roster roster, AppState state) {
    return plan(roster, state, SyncSettings.defaults());
  }

  static Plan plan(Roster roster, AppState state, SyncSettings settings) {
    return Planner.create(settings).plan(roster, state, NOW);
  }

  /** Returns the roster without the people whose ids are given, and without their links. */
  static Roster without(Roster roster, String... personIds) {
    List<String> ids = List.of(personIds);
    return Roster.builder()
        .from(roster)
        .people(roster.people().stream().filter(p -> !ids.contains(p.id())).toList())
        .guardianLinks(
            roster.guardianLinks().stream()
                .filter(l -> !ids.contains(l.contactId()) && !ids.contains(l.studentId()))
                .toList())
        .build();
  }

  /** Returns the roster with one person replaced (matched by id). */
  static Roster replacing(Roster roster, SourcePerson person) {
    List<SourcePerson> people = new ArrayList<>();
    for (SourcePerson p : roster.people()) {
      people.add(p.id().equals(person.id()) ? person : p);
    }
    return Roster.builder().from(roster).people(people).build();
  }

  /** Returns the roster with one section replaced (matched by id). */
  static Roster replacing(Roster roster, SourceSection section) {
    List<SourceSection> sections = new ArrayList<>();
    for (SourceSection s : roster.sections()) {
      sections.add(s.id().equals(section.id()) ? section : s);
    }
    return Roster.builder().from(roster).sections(sections).build();
  }

  /** Returns the state with the classroom linked to {@code sectionId} changed. */
  static AppState changeClassroom(
      AppState state, String sectionId, UnaryOperator<Classroom> change) {
    List<Classroom> out = new ArrayList<>();
    for (Classroom c : state.classrooms()) {
      boolean linked = c.sections().stream().anyMatch(r -> r.id().equals(sectionId));
      out.add(linked ? change.apply(c) : c);
    }
    return AppState.builder().from(state).classrooms(out).build();
  }

  static AppState changeContact(
      AppState state, String sourceId, UnaryOperator<ContactAccount> change) {
    List<ContactAccount> out = new ArrayList<>();
    for (ContactAccount c : state.contacts()) {
      out.add(c.sourceId().orElse("").equals(sourceId) ? change.apply(c) : c);
    }
    return AppState.builder().from(state).contacts(out).build();
  }

  static AppState changeStaff(AppState state, String sourceId, UnaryOperator<StaffAccount> change) {
    List<StaffAccount> out = new ArrayList<>();
    for (StaffAccount c : state.staff()) {
      out.add(c.sourceId().orElse("").equals(sourceId) ? change.apply(c) : c);
    }
    return AppState.builder().from(state).staff(out).build();
  }

  static Classroom classroom(AppState state, String sectionId) {
    return state.classrooms().stream()
        .filter(c -> c.sections().stream().anyMatch(r -> r.id().equals(sectionId)))
        .findFirst()
        .orElseThrow();
  }

  static StudentRecord studentRecord(AppState state, String sourceId) {
    return state.students().stream()
        .filter(s -> s.sourceId().orElse("").equals(sourceId))
        .findFirst()
        .orElseThrow();
  }

  static StaffAccount staffAccount(AppState state, String sourceId) {
    return state.staff().stream()
        .filter(s -> s.sourceId().orElse("").equals(sourceId))
        .findFirst()
        .orElseThrow();
  }

  static ContactAccount contactAccount(AppState state, String sourceId) {
    return state.contacts().stream()
        .filter(s -> s.sourceId().orElse("").equals(sourceId))
        .findFirst()
        .orElseThrow();
  }

  static List<Decision> of(Plan plan, DecisionKind kind) {
    return only(plan, d -> d.kind() == kind);
  }

  static List<Decision> only(Plan plan, Predicate<Decision> p) {
    return plan.decisions().stream().filter(p).toList();
  }

  static List<Warning> warnings(Plan plan, WarningCode code) {
    return plan.warnings().stream().filter(w -> w.code() == code).toList();
  }
}
