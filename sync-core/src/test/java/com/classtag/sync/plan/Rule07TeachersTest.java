package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 7: the primary and the co-teachers come from the section's teacher list; a teacher who left
 * the roster is removed only from synced classrooms; co-teachers that a person added stay.
 */
class Rule07TeachersTest {
  /** The district after t-2 left: sec-1 keeps t-1, sec-2 is now taught by t-1. */
  private static Roster withoutT2() {
    return without(
        Roster.builder()
            .from(district().build())
            .sections(
                List.of(
                    SourceSection.builder().from(sec1()).teacherIds(List.of("t-1")).build(),
                    SourceSection.builder().from(sec2()).teacherIds(List.of("t-1")).build()))
            .build(),
        "t-2");
  }

  @Test
  void thePrimaryIsFirstInTheSectionsTeacherListAndTheRestAreCoTeachers() {
    AppState synced = syncedDistrict();

    assertThat(classroom(synced, "sec-1").teachers())
        .extracting(TeacherMembership::role)
        .containsExactly(TeacherRole.PRIMARY, TeacherRole.CO_TEACHER);
    assertThat(classroom(synced, "sec-1").teachers().get(0).staffId())
        .isEqualTo(staffAccount(synced, "t-1").id());

    Plan swapped =
        plan(
            replacing(
                district().build(),
                SourceSection.builder().from(sec1()).teacherIds(List.of("t-2", "t-1")).build()),
            synced);

    assertThat(swapped.changes())
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.ADD_TEACHER);
              assertThat(d.reason()).isEqualTo(ReasonCode.TEACHER_ROLE_CHANGED);
            });
  }

  @Test
  void aTeacherWhoLeftIsRemovedFromSyncedClassroomsOnly() {
    AppState synced = syncedDistrict();
    String t2 = staffAccount(synced, "t-2").id();
    Classroom manual =
        Classroom.builder()
            .id("m-1")
            .schoolId("app-1")
            .name("Robotics")
            .addTeachers(
                TeacherMembership.builder()
                    .staffId(t2)
                    .role(TeacherRole.PRIMARY)
                    .addedBy(Actor.PERSON)
                    .build())
            .build();
    AppState state = AppState.builder().from(synced).addClassrooms(manual).build();

    Plan plan = plan(withoutT2(), state);

    assertThat(of(plan, DecisionKind.REMOVE_TEACHER))
        .hasSize(2)
        .allSatisfy(
            d -> {
              assertThat(d.reason()).isEqualTo(ReasonCode.LEFT_ROSTER);
              assertThat(d.targetId()).contains(t2);
              assertThat(d.classroomId()).isNotEqualTo(Optional.of("m-1"));
            });
    assertThat(of(plan, DecisionKind.REMOVE_SCHOOL_ACCESS))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ReasonCode.LEFT_ROSTER));
    assertThat(Planner.apply(plan, state).classrooms()).contains(manual);
  }

  @Test
  void theSettingKeepsDepartedTeachersAndSaysSo() {
    SyncSettings keep = SyncSettings.builder().removeDepartedTeachers(false).build();

    Plan plan = plan(withoutT2(), syncedDistrict(), keep);

    assertThat(of(plan, DecisionKind.REMOVE_TEACHER)).isEmpty();
    assertThat(of(plan, DecisionKind.SKIP))
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.reason()).isEqualTo(ReasonCode.DEPARTED_TEACHER_KEPT));
  }

  @Test
  void aCoTeacherAPersonAddedStays() {
    AppState synced = syncedDistrict();
    String t1 = staffAccount(synced, "t-1").id();
    AppState state =
        changeClassroom(
            synced,
            "sec-2",
            c ->
                Classroom.builder()
                    .from(c)
                    .addTeachers(
                        TeacherMembership.builder()
                            .staffId(t1)
                            .role(TeacherRole.CO_TEACHER)
                            .addedBy(Actor.PERSON)
                            .build())
                    .build());

    assertThat(plan(district().build(), state).hasNoChanges()).isTrue();
    assertThat(
            plan(
                    district().build(),
                    state,
                    SyncSettings.builder().removePersonAddedMembers(true).build())
                .hasNoChanges())
        .isTrue();
  }

  @Test
  void aTeacherTakenOffASectionIsRemovedFromItsClassroom() {
    AppState synced = syncedDistrict();

    Plan plan =
        plan(
            replacing(
                district().build(),
                SourceSection.builder().from(sec1()).teacherIds(List.of("t-1")).build()),
            synced);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.REMOVE_TEACHER);
              assertThat(d.reason()).isEqualTo(ReasonCode.NOT_IN_SECTION);
              assertThat(d.targetId()).contains(staffAccount(synced, "t-2").id());
            });
  }
}
