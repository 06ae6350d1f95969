package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.AppState;
import org.junit.jupiter.api.Test;

/**
 * Rule 10: bad input (duplicate ids, a section naming a teacher or student not in the roster, a
 * missing id) becomes a warning with the offending ids; only a structurally unusable input is an
 * exception.
 */
class Rule10BadInputTest {
  @Test
  void duplicateIdsBecomeWarningsAndTheFirstRecordIsUsed() {
    Roster roster =
        district()
            .addSchools(school("sch-1"))
            .addSections(section("sec-1", "sch-1").name("Impostor").build())
            .addPeople(studentBuilder("s-1", "sch-1").firstName("Impostor").build())
            .build();

    Plan plan = plan(roster, emptyApp());

    assertThat(warnings(plan, WarningCode.DUPLICATE_ID))
        .extracting(w -> w.sourceIds().get(0))
        .containsExactlyInAnyOrder("sch-1", "sec-1", "s-1");
    assertThat(of(plan, DecisionKind.CREATE_CLASSROOM))
        .anySatisfy(d -> assertThat(d.value(Field.NAME)).contains("Homeroom 4B"));
    assertThat(plan.decisions()).noneMatch(d -> d.values().containsValue("Impostor"));
  }

  @Test
  void aSectionNamingAnUnknownTeacherOrStudentIsWarnedWithTheIds() {
    Roster roster =
        district()
            .addSections(
                section("sec-9", "sch-1")
                    .addTeacherIds("t-404", "s-1")
                    .addStudentIds("s-404", "t-1")
                    .build())
            .build();

    Plan plan = plan(roster, emptyApp());

    assertThat(warnings(plan, WarningCode.UNKNOWN_TEACHER))
        .extracting(Warning::sourceIds)
        .containsExactlyInAnyOrder(
            java.util.List.of("sec-9", "t-404"), java.util.List.of("sec-9", "s-1"));
    assertThat(warnings(plan, WarningCode.UNKNOWN_STUDENT))
        .extracting(Warning::sourceIds)
        .containsExactlyInAnyOrder(
            java.util.List.of("sec-9", "s-404"), java.util.List.of("sec-9", "t-1"));
    assertThat(
            only(
                plan,
                d -> d.kind() == DecisionKind.CREATE_CLASSROOM && d.sourceIds().contains("sec-9")))
        .hasSize(1);
    assertThat(only(plan, d -> d.sourceIds().contains("s-404") || d.sourceIds().contains("t-404")))
        .isEmpty();
  }

  @Test
  void recordsWithoutIdsAreWarnedAboutAndIgnored() {
    Roster roster =
        district()
            .addPeople(
                SourcePerson.builder()
                    .id("")
                    .addRoles(com.classtag.sync.source.PersonRole.STUDENT)
                    .build())
            .addSections(section("", "sch-1").build())
            .addGuardianLinks(GuardianLink.builder().contactId("c-1").studentId("").build())
            .build();

    Plan plan = plan(roster, emptyApp());

    assertThat(warnings(plan, WarningCode.MISSING_ID))
        .hasSize(3)
        .extracting(Warning::explanation)
        .anyMatch(e -> e.contains("person #8"))
        .anyMatch(e -> e.contains("section #3"))
        .anyMatch(e -> e.contains("Guardian link #4"));
    assertThat(Planner.apply(plan, emptyApp()).classrooms()).hasSize(2);
  }

  @Test
  void linksAndSchoolsNamingUnknownRecordsAreWarned() {
    Roster roster =
        district()
            .addGuardianLinks(parent("c-404", "s-1"), parent("c-1", "s-404"))
            .addSections(section("sec-x", "sch-404").build())
            .build();

    Plan plan = plan(roster, emptyApp());

    assertThat(warnings(plan, WarningCode.UNKNOWN_CONTACT))
        .extracting(Warning::sourceIds)
        .containsExactlyInAnyOrder(
            java.util.List.of("c-404", "s-1"), java.util.List.of("c-1", "s-404"));
    assertThat(warnings(plan, WarningCode.UNKNOWN_SCHOOL))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).containsExactly("sch-404"));
  }

  @Test
  void onlyANullInputIsAnExceptionAndItNamesTheField() {
    Planner planner = Planner.create(SyncSettings.defaults());
    Roster roster = district().build();
    AppState state = emptyApp();

    assertThatThrownBy(() -> planner.plan(null, state, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roster must not be null");
    assertThatThrownBy(() -> planner.plan(roster, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state must not be null");
    assertThatThrownBy(() -> planner.plan(roster, state, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("now must not be null");
    assertThatThrownBy(() -> Planner.create(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings must not be null");
    assertThatThrownBy(() -> Planner.apply(null, state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan must not be null");
  }

  @Test
  void twoAppRecordsWithOneSourceIdAreWarnedAndOnlyTheFirstIsSynced() {
    AppState synced = syncedDistrict();
    AppState state =
        AppState.builder()
            .from(synced)
            .addStudents(
                com.classtag.sync.state.StudentRecord.builder()
                    .from(studentRecord(synced, "s-1"))
                    .id("copy-of-s-1")
                    .build())
            .build();

    Plan plan = plan(district().build(), state);

    assertThat(warnings(plan, WarningCode.DUPLICATE_ID))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.sourceIds())
                    .containsExactly("s-1", studentRecord(synced, "s-1").id(), "copy-of-s-1"));
    assertThat(plan.hasNoChanges()).isTrue();
  }
}
