package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import org.junit.jupiter.api.Test;

/** What each decision means, as {@link Planner#apply} defines it. */
class ApplyTest {
  private static Decision.Builder decision(DecisionKind kind) {
    return Decision.builder()
        .kind(kind)
        .reason(ReasonCode.ROSTER_CHANGED)
        .addSourceIds("src")
        .explanation("x");
  }

  private static Plan planOf(Decision... decisions) {
    return Plan.builder().generatedAt(NOW).addDecisions(decisions).build();
  }

  @Test
  void objectsAPlanCreatesGetTheirProvisionalIdsWithoutThePrefixAndAccountsStartInvited() {
    AppState after = Planner.apply(plan(district().build(), emptyApp()), emptyApp());

    assertThat(after.classrooms())
        .extracting(Classroom::id)
        .containsExactly("classroom:sec-1", "classroom:sec-2");
    assertThat(staffAccount(after, "t-1").id()).isEqualTo("staff:t-1");
    assertThat(staffAccount(after, "t-1").status()).isEqualTo(UserStatus.INVITED);
    assertThat(contactAccount(after, "c-1").status()).isEqualTo(UserStatus.INVITED);
    assertThat(after.baseline())
        .hasValueSatisfying(
            b -> assertThat(b.sectionIds()).containsExactlyInAnyOrder("sec-1", "sec-2"));
  }

  @Test
  void anArchiveIsBySyncAtThePlansTimeWithItsReason() {
    AppState synced = syncedDistrict();
    String id = classroom(synced, "sec-2").id();

    AppState after =
        Planner.apply(
            planOf(
                decision(DecisionKind.ARCHIVE_CLASSROOM)
                    .schoolId("app-1")
                    .classroomId(id)
                    .putValues(Field.ARCHIVE_REASON, "TERM_ENDED")
                    .build()),
            synced);

    assertThat(classroom(after, "sec-2").archive())
        .hasValueSatisfying(
            a -> {
              assertThat(a.by()).isEqualTo(Actor.SYNC);
              assertThat(a.at()).isEqualTo(NOW);
              assertThat(a.reason()).contains(ArchiveReason.TERM_ENDED);
            });
  }

  @Test
  void heldDecisionsAndSkipsChangeNothing() {
    AppState synced = syncedDistrict();
    String id = classroom(synced, "sec-2").id();
    Plan plan =
        planOf(
            decision(DecisionKind.ARCHIVE_CLASSROOM)
                .classroomId(id)
                .putValues(Field.ARCHIVE_REASON, "LEFT_ROSTER")
                .heldBy(HoldReason.DELETION_THRESHOLD)
                .build(),
            decision(DecisionKind.SKIP).targetId("no-such-contact").build());

    assertThat(Planner.apply(plan, synced)).isEqualTo(synced);
  }

  @Test
  void anEmptyValueClearsAndSettingARoleKeepsWhoAddedTheTeacher() {
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
    String id = classroom(state, "sec-2").id();

    AppState after =
        Planner.apply(
            planOf(
                decision(DecisionKind.UPDATE_CLASSROOM)
                    .classroomId(id)
                    .putValues(Field.GRADE, "")
                    .build(),
                decision(DecisionKind.ADD_TEACHER)
                    .classroomId(id)
                    .targetId(t1)
                    .putValues(Field.ROLE, "PRIMARY")
                    .build(),
                decision(DecisionKind.UPDATE_STAFF)
                    .targetId(t1)
                    .putValues(Field.EMAIL, "")
                    .build()),
            state);

    assertThat(classroom(after, "sec-2").grade()).isEmpty();
    assertThat(classroom(after, "sec-2").teachers())
        .contains(
            TeacherMembership.builder()
                .staffId(t1)
                .role(TeacherRole.PRIMARY)
                .addedBy(Actor.PERSON)
                .build());
    assertThat(staffAccount(after, "t-1").email()).isEmpty();
  }

  @Test
  void aDecisionThatDoesNotFitTheStateIsAnErrorNamingItAndTheStateIsUnchanged() {
    AppState synced = syncedDistrict();
    AppState copy = AppState.builder().from(synced).build();

    assertThatThrownBy(
            () ->
                Planner.apply(
                    planOf(
                        decision(DecisionKind.UPDATE_STUDENT)
                            .targetId("s-404")
                            .putValues(Field.GRADE, "5")
                            .build()),
                    synced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decision #0 (UPDATE_STUDENT): student record s-404 is not in the state");
    assertThatThrownBy(
            () ->
                Planner.apply(
                    planOf(
                        decision(DecisionKind.ADD_STUDENT)
                            .classroomId(classroom(synced, "sec-1").id())
                            .targetId("s-404")
                            .build()),
                    synced))
        .hasMessageContaining("student record s-404 is not in the state");
    assertThatThrownBy(
            () ->
                Planner.apply(
                    planOf(
                        decision(DecisionKind.UPDATE_STUDENT)
                            .targetId(studentRecord(synced, "s-1").id())
                            .putValues(Field.ROLE, "PRIMARY")
                            .build()),
                    synced))
        .hasMessageContaining("unknown student value role");
    assertThat(synced).isEqualTo(copy);
  }

  @Test
  void aCreationWhoseIdIsNotProvisionalIsRefusedNamingIt() {
    AppState synced = syncedDistrict();
    String taken = classroom(synced, "sec-1").id();

    assertThatThrownBy(
            () ->
                Planner.apply(
                    planOf(
                        decision(DecisionKind.CREATE_CLASSROOM)
                            .classroomId(taken)
                            .schoolId("app-1")
                            .putValues(Field.NAME, "Homeroom 4B again")
                            .putValues(Field.SECTION, "sec-9")
                            .build()),
                    synced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("creates " + taken + ", which is not a provisional id")
        .hasMessageContaining("plan again");
  }

  @Test
  void anAppIdWithTheReservedPrefixIsRefusedByTheRecordNamingIt() {
    assertThatThrownBy(
            () ->
                Classroom.builder()
                    .id("new:classroom:sec-1")
                    .schoolId("app-1")
                    .name("Math")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classroom id new:classroom:sec-1 starts with new:");
    assertThatThrownBy(() -> StudentRecord.builder().id("new:student:s-1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("student record id");
  }

  @Test
  void aPausedPlanChangesNothing() {
    AppState synced = syncedDistrict();

    assertThat(Planner.apply(Plan.builder().generatedAt(NOW).paused(true).build(), synced))
        .isSameAs(synced);
  }
}
