package com.classtag.examples.demo;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The changes the demo makes to last night's synced app state, each a story from ClassTag's help
 * center that the planner must handle, with the Clever ids involved so tests can assert what each
 * implies.
 */
final class DemoScenario {
  /** A person archived this homeroom's classroom; its section is still in the roster. */
  static final int ARCHIVED_BY_PERSON_SECTION = 5;

  /** A person renamed this homeroom's classroom. */
  static final int RENAMED_SECTION = 3;

  /**
   * A teacher copied this homeroom's classroom and linked the copy to the same section: a
   * duplicate.
   */
  static final int DUPLICATED_SECTION = 0;

  /** These two homerooms swapped teachers in the SIS since last night. */
  static final int SWAP_SECTION_A = 21;

  /** The other homeroom of the swap. */
  static final int SWAP_SECTION_B = 22;

  /**
   * The roster's teacher (staff index) of {@link #SWAP_SECTION_A}: last night the app had them in
   * B.
   */
  static final int SWAP_TEACHER_A = 26;

  /**
   * The roster's teacher (staff index) of {@link #SWAP_SECTION_B}: last night the app had them in
   * A.
   */
  static final int SWAP_TEACHER_B = 27;

  /**
   * Maple's third subject section, still in the roster but in Summer Session 2026, which has ended.
   */
  static final int SUMMER_SECTION = 19;

  /** This student moved from homeroom 0 to homeroom 1 (sections 0 and 1) since last night. */
  static final int MOVED_STUDENT = 30;

  /** This contact had no email last night; the roster has one now. */
  static final int CONTACT_WITH_NEW_EMAIL = 65;

  /** This contact has no SIS id, so Clever gave it a new id when its data changed. */
  static final int REIDENTIFIED_CONTACT = 87;

  /** The Clever id the re-identified contact had last night. */
  static final int REIDENTIFIED_CONTACT_OLD_ID = 1;

  /** The homeroom teacher (staff index) who taught the section that left the roster. */
  static final int DEPARTED_SECTION_TEACHER = 8;

  /** When the person archived the classroom. */
  static final Instant ARCHIVED_AT = Instant.parse("2026-09-22T15:30:00Z");

  /** The manual classrooms' ids. */
  static final List<String> MANUAL_CLASSROOMS = List.of("art-club", "chess-club");

  /** The duplicate classroom's id. */
  static final String DUPLICATE_CLASSROOM = "classroom-copy-of-homeroom-k";

  /** The id of the classroom whose section left the roster. */
  static final String DEPARTED_CLASSROOM = "reading-intervention";

  private DemoScenario() {}

  /** Finds the app objects of last night's state by their Clever ids. */
  record Ids(GeneratedDistrict district, AppState synced) {
    String classroomOf(int section) {
      String sectionId = district.sectionId(section);
      return only(
              synced.classrooms(),
              c -> c.sections().stream().anyMatch(s -> s.id().equals(sectionId)))
          .id();
    }

    String studentOf(int student) {
      String id = district.studentId(student);
      return only(synced.students(), s -> s.sourceId().orElse("").equals(id)).id();
    }

    String staffOf(int staff) {
      String id = district.staffId(staff);
      return only(synced.staff(), s -> s.sourceId().orElse("").equals(id)).id();
    }

    String contactOf(int contact) {
      String id = district.contactId(contact);
      return only(synced.contacts(), c -> c.sourceId().orElse("").equals(id)).id();
    }

    private static <T> T only(List<T> items, Predicate<T> match) {
      List<T> found = items.stream().filter(match).toList();
      if (found.size() != 1) {
        throw new IllegalStateException(
            "the demo state needs exactly one match, found " + found.size());
      }
      return found.get(0);
    }
  }

  /** Applies every scenario to last night's state. */
  static AppState applyAll(AppState synced, Ids ids) {
    GeneratedDistrict district = ids.district();
    String archived = ids.classroomOf(ARCHIVED_BY_PERSON_SECTION);
    String renamed = ids.classroomOf(RENAMED_SECTION);
    String swapA = ids.classroomOf(SWAP_SECTION_A);
    String swapB = ids.classroomOf(SWAP_SECTION_B);
    String teacherA = primaryOf(synced, swapA);
    String teacherB = primaryOf(synced, swapB);
    String movedTo = ids.classroomOf(1);
    String movedFrom = ids.classroomOf(0);
    String moved = ids.studentOf(MOVED_STUDENT);
    String emailContact = ids.contactOf(CONTACT_WITH_NEW_EMAIL);
    String reidentified = ids.contactOf(REIDENTIFIED_CONTACT);

    AppState.Builder state = AppState.builder().addAllSchools(synced.schools());
    for (Classroom classroom : synced.classrooms()) {
      Classroom.Builder copy = Classroom.builder().from(classroom);
      String id = classroom.id();
      if (id.equals(archived)) {
        copy.archive(Archive.byPerson(ARCHIVED_AT));
      } else if (id.equals(renamed)) {
        copy.name("Ms. Lindqvist's First Graders").nameEdited(true);
      } else if (id.equals(swapA) || id.equals(swapB)) {
        // Last night the other teacher led this homeroom.
        copy.teachers(swapped(classroom.teachers(), teacherA, teacherB));
      } else if (id.equals(movedTo)) {
        copy.students(without(classroom.students(), moved));
      } else if (id.equals(movedFrom)) {
        copy.addStudents(StudentMembership.of(moved, Actor.SYNC));
      }
      state.addClassrooms(copy.build());
      if (id.equals(ids.classroomOf(DUPLICATED_SECTION))) {
        state.addClassrooms(
            Classroom.builder()
                .from(classroom)
                .id(DUPLICATE_CLASSROOM)
                .name(classroom.name() + " (copy)")
                .nameEdited(true)
                .build());
      }
    }
    state.addClassrooms(
        Classroom.builder()
            .id(DEPARTED_CLASSROOM)
            .schoolId("maple")
            .name("Reading Intervention - Ashdown - 5")
            .addSections(
                SectionRef.builder()
                    .id(district.departedSectionId(0))
                    .sisId("SEC-DEPARTED-0")
                    .build())
            .addTeachers(
                teacher(ids.staffOf(DEPARTED_SECTION_TEACHER), TeacherRole.PRIMARY, Actor.SYNC))
            .addStudents(
                StudentMembership.of(ids.studentOf(1), Actor.SYNC),
                StudentMembership.of(ids.studentOf(2), Actor.SYNC))
            .build(),
        Classroom.builder()
            .id(MANUAL_CLASSROOMS.get(0))
            .schoolId("maple")
            .name("Art Club")
            .addTeachers(
                teacher(ids.staffOf(DEPARTED_SECTION_TEACHER), TeacherRole.PRIMARY, Actor.PERSON))
            .addStudents(
                StudentMembership.of(ids.studentOf(40), Actor.PERSON),
                StudentMembership.of(ids.studentOf(41), Actor.PERSON),
                StudentMembership.of(ids.studentOf(75), Actor.PERSON))
            .build(),
        Classroom.builder()
            .id(MANUAL_CLASSROOMS.get(1))
            .schoolId("ridge")
            .name("Chess Club")
            .build());
    state.addAllStudents(synced.students());
    state.addAllStaff(synced.staff());
    for (ContactAccount contact : synced.contacts()) {
      if (contact.id().equals(emailContact)) {
        state.addContacts(ContactAccount.builder().from(contact).email(Optional.empty()).build());
      } else if (contact.id().equals(reidentified)) {
        state.addContacts(
            ContactAccount.builder()
                .from(contact)
                .sourceId(district.departedUserId(REIDENTIFIED_CONTACT_OLD_ID))
                .build());
      } else {
        state.addContacts(contact);
      }
    }
    List<String> baseline = new ArrayList<>(synced.baseline().orElseThrow().sectionIds());
    baseline.add(district.departedSectionId(0));
    state.baseline(SectionBaseline.of(baseline));
    return state.build();
  }

  private static String primaryOf(AppState synced, String classroom) {
    return synced.classrooms().stream()
        .filter(c -> c.id().equals(classroom))
        .findFirst()
        .orElseThrow()
        .teachers()
        .stream()
        .filter(t -> t.role() == TeacherRole.PRIMARY)
        .findFirst()
        .orElseThrow()
        .staffId();
  }

  private static List<TeacherMembership> swapped(
      List<TeacherMembership> teachers, String a, String b) {
    UnaryOperator<String> swap = id -> id.equals(a) ? b : id.equals(b) ? a : id;
    return teachers.stream()
        .map(t -> TeacherMembership.builder().from(t).staffId(swap.apply(t.staffId())).build())
        .toList();
  }

  private static List<StudentMembership> without(List<StudentMembership> students, String student) {
    return students.stream().filter(s -> !s.studentId().equals(student)).toList();
  }

  private static TeacherMembership teacher(String staffId, TeacherRole role, Actor addedBy) {
    return TeacherMembership.builder().staffId(staffId).role(role).addedBy(addedBy).build();
  }
}
