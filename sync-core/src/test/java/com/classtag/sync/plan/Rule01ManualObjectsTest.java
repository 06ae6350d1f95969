package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 1: never touch a manual classroom, or a membership a person added, unless a setting says so.
 */
class Rule01ManualObjectsTest {
  private static final SyncSettings REMOVE_PERSON_ADDED =
      SyncSettings.builder().removePersonAddedMembers(true).build();

  @Test
  void aManualClassroomIsNeverTouchedEvenWhenItsMembersLeaveTheRoster() {
    AppState synced = syncedDistrict();
    Classroom manual =
        Classroom.builder()
            .id("m-1")
            .schoolId("app-1")
            .name("Chess club")
            .addStudents(StudentMembership.of(studentRecord(synced, "s-1").id(), Actor.SYNC))
            .addTeachers(
                TeacherMembership.builder()
                    .staffId(staffAccount(synced, "t-1").id())
                    .role(TeacherRole.PRIMARY)
                    .addedBy(Actor.SYNC)
                    .build())
            .build();
    AppState state = AppState.builder().from(synced).addClassrooms(manual).build();
    Roster roster =
        without(
            replacing(
                district().build(),
                section("sec-1", "sch-1").addTeacherIds("t-2").addStudentIds("s-2").build()),
            "s-1",
            "t-1");

    Plan plan = plan(roster, state, REMOVE_PERSON_ADDED);

    assertThat(plan.decisions())
        .isNotEmpty()
        .noneMatch(d -> d.classroomId().equals(Optional.of("m-1")));
    assertThat(Planner.apply(plan, state).classrooms()).contains(manual);
  }

  @Test
  void aStudentAPersonAddedToASyncedClassroomStays() {
    AppState synced = syncedDistrict();
    AppState state =
        changeClassroom(
            synced,
            "sec-1",
            c ->
                Classroom.builder()
                    .from(c)
                    .addStudents(
                        StudentMembership.of(studentRecord(synced, "s-3").id(), Actor.PERSON))
                    .build());

    assertThat(plan(district().build(), state).hasNoChanges()).isTrue();
  }

  @Test
  void theSettingRemovesStudentsAPersonAddedThatNoSectionLists() {
    AppState synced = syncedDistrict();
    String s3 = studentRecord(synced, "s-3").id();
    AppState state =
        changeClassroom(
            synced,
            "sec-1",
            c ->
                Classroom.builder()
                    .from(c)
                    .addStudents(StudentMembership.of(s3, Actor.PERSON))
                    .build());

    Plan plan = plan(district().build(), state, REMOVE_PERSON_ADDED);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.REMOVE_STUDENT);
              assertThat(d.reason()).isEqualTo(ReasonCode.PERSON_ADDED_NOT_IN_SECTION);
              assertThat(d.targetId()).contains(s3);
            });
  }

  @Test
  void aLinkAPersonMadeStaysWhenTheRosterDoesNotHaveIt() {
    AppState synced = syncedDistrict();
    String s1 = studentRecord(synced, "s-1").id();
    AppState state =
        changeContact(
            synced,
            "c-2",
            c ->
                ContactAccount.builder()
                    .from(c)
                    .addLinks(ContactLink.builder().studentId(s1).addedBy(Actor.PERSON).build())
                    .build());

    assertThat(plan(district().build(), state).hasNoChanges()).isTrue();
  }

  @Test
  void schoolAccessAPersonGrantedStays() {
    AppState synced = syncedDistrict();
    AppState withSecondSchool =
        AppState.builder().from(synced).addSchools(appSchool("app-2", "sch-2")).build();
    AppState state =
        changeStaff(
            withSecondSchool,
            "t-1",
            a ->
                StaffAccount.builder()
                    .from(a)
                    .addSchoolAccess(
                        SchoolAccess.builder()
                            .schoolId("app-2")
                            .role(AccessRole.ADMIN)
                            .addedBy(Actor.PERSON)
                            .build())
                    .build());
    Roster roster = district().addSchools(school("sch-2")).build();

    assertThat(plan(roster, state).hasNoChanges()).isTrue();
  }
}
