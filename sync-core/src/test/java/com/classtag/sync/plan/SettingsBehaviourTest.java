package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each setting changes the plan. */
class SettingsBehaviourTest {
  @Test
  void aPausedSyncPlansNothing() {
    Plan plan = plan(district().build(), emptyApp(), SyncSettings.builder().paused(true).build());

    assertThat(plan.paused()).isTrue();
    assertThat(plan.decisions()).isEmpty();
    assertThat(PlanText.summary(plan)).isEqualTo("Sync is paused: nothing is planned.");
    assertThat(Planner.apply(plan, emptyApp())).isEqualTo(emptyApp());
  }

  @Test
  void theSectionFilterKeepsOnlyHomeroomsAndArchivesWhatNoLongerPasses() {
    SyncSettings homerooms =
        SyncSettings.builder()
            .sectionFilter(SectionFilter.builder().addSubjects("homeroom/advisory").build())
            .build();

    Plan first = plan(district().build(), emptyApp(), homerooms);
    Plan narrowed = plan(district().build(), syncedDistrict(), homerooms);

    assertThat(of(first, DecisionKind.CREATE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.sourceIds()).containsExactly("sec-1"));
    assertThat(of(first, DecisionKind.CREATE_STUDENT))
        .extracting(d -> d.sourceIds().get(0))
        .containsExactlyInAnyOrder("s-1", "s-2");
    assertThat(of(narrowed, DecisionKind.ARCHIVE_CLASSROOM))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(ReasonCode.SECTION_OUT_OF_SCOPE);
              assertThat(d.sourceIds()).containsExactly("sec-2");
            });
  }

  @Test
  void classroomsWhoseTermEndedAreArchivedAfterTheGraceDays() {
    Roster roster =
        district()
            .addTerms(
                SourceTerm.builder().id("fall").endDate(LocalDate.parse("2024-12-20")).build())
            .build();
    Roster withTerm =
        replacing(roster, SourceSection.builder().from(sec2()).termId("fall").build());
    AppState synced = syncedDistrict();
    SyncSettings archive = SyncSettings.builder().archiveEndedTerms(true).termGraceDays(30).build();

    Plan inGrace =
        Planner.create(archive).plan(withTerm, synced, Instant.parse("2025-01-19T00:00:00Z"));
    Plan afterGrace =
        Planner.create(archive).plan(withTerm, synced, Instant.parse("2025-01-20T00:00:00Z"));
    Plan settingOff = plan(withTerm, synced);

    assertThat(of(inGrace, DecisionKind.ARCHIVE_CLASSROOM)).isEmpty();
    assertThat(of(afterGrace, DecisionKind.ARCHIVE_CLASSROOM))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(ReasonCode.TERM_ENDED);
              assertThat(d.explanation()).contains("2024-12-20");
            });
    assertThat(settingOff.hasNoChanges()).isTrue();
  }

  @Test
  void anEditedClassroomNameIsKeptUnlessNamesFollowTheRoster() {
    AppState edited =
        changeClassroom(
            syncedDistrict(),
            "sec-1",
            c -> Classroom.builder().from(c).name("Ms. Er's Owls").nameEdited(true).build());
    Roster renamed =
        replacing(district().build(), SourceSection.builder().from(sec1()).name("HR 4B").build());

    Plan keep = plan(renamed, edited);
    Plan follow =
        plan(
            renamed,
            edited,
            SyncSettings.builder().classroomNames(ClassroomNamePolicy.FOLLOW_ROSTER).build());
    Plan notEdited = plan(renamed, syncedDistrict());

    assertThat(keep.hasNoChanges()).isTrue();
    assertThat(of(follow, DecisionKind.UPDATE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.fields()).containsEntry(Field.NAME, "HR 4B"));
    assertThat(of(notEdited, DecisionKind.UPDATE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.fields()).containsEntry(Field.NAME, "HR 4B"));
  }

  @Test
  void studentRecordsCarryTheAttributesAndIdTheSettingsChoose() {
    Roster roster =
        replacing(
            district().build(),
            studentBuilder("s-1", "sch-1")
                .ellStatus("Y")
                .frlStatus("Free")
                .iepStatus("N")
                .putExtensionFields("house", "Red")
                .putExtensionFields("bus", "12")
                .build());
    SyncSettings narrow =
        SyncSettings.builder()
            .carriedStatuses(List.of(StudentStatus.ELL))
            .carryAllExtensionFields(false)
            .addCarriedExtensionFields("house")
            .studentIdSource(StudentIdSource.STUDENT_NUMBER)
            .build();

    Decision all =
        only(
                plan(roster, emptyApp()),
                d ->
                    d.kind() == DecisionKind.CREATE_STUDENT && d.sourceIds().equals(List.of("s-1")))
            .get(0);
    Decision some =
        only(
                plan(roster, emptyApp(), narrow),
                d ->
                    d.kind() == DecisionKind.CREATE_STUDENT && d.sourceIds().equals(List.of("s-1")))
            .get(0);

    assertThat(all.fields())
        .containsEntry(Field.ELL_STATUS, "Y")
        .containsEntry(Field.FRL_STATUS, "Free")
        .containsEntry(Field.IEP_STATUS, "N")
        .containsEntry(Field.DISPLAY_ID, "sis-s-1");
    assertThat(all.extensionValues()).containsEntry("house", "Red").containsEntry("bus", "12");
    assertThat(some.fields())
        .containsEntry(Field.ELL_STATUS, "Y")
        .doesNotContainKeys(Field.FRL_STATUS, Field.IEP_STATUS)
        .containsEntry(Field.DISPLAY_ID, "n-s-1");
    assertThat(some.extensionValues()).containsEntry("house", "Red").doesNotContainKey("bus");
  }

  @Test
  void districtAdminsGetDistrictAccessOnlyWhileTheSettingIsOn() {
    Roster roster =
        district()
            .addPeople(
                com.classtag.sync.source.SourcePerson.builder()
                    .id("da-1")
                    .addRoles(PersonRole.DISTRICT_ADMIN)
                    .lastName("Admin")
                    .email("da@district.example")
                    .build())
            .build();
    AppState synced = synced(roster, emptyApp(), SyncSettings.defaults());
    SyncSettings off = SyncSettings.builder().syncDistrictAdmins(false).build();

    assertThat(staffAccount(synced, "da-1").districtAccess()).isPresent();
    assertThat(plan(without(roster, "da-1"), synced).changes())
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DecisionKind.REMOVE_DISTRICT_ACCESS));
    assertThat(plan(without(roster, "da-1"), synced, off).changes()).isEmpty();
    assertThat(of(plan(roster, emptyApp(), off), DecisionKind.SKIP))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ReasonCode.DISTRICT_ADMINS_NOT_SYNCED));
  }

  @Test
  void schoolAdminsGetAdminAccessToTheirSchools() {
    Roster roster =
        district()
            .addPeople(
                teacherBuilder("t-1", "sch-1")
                    .addRoles(PersonRole.SCHOOL_ADMIN)
                    .addAdminSchoolIds("sch-1")
                    .build())
            .build();
    Roster deduped = replacing(district().build(), roster.people().get(roster.people().size() - 1));

    Plan plan = plan(deduped, emptyApp());

    assertThat(
            only(
                plan,
                d -> d.kind() == DecisionKind.ADD_SCHOOL_ACCESS && d.sourceIds().contains("t-1")))
        .singleElement()
        .satisfies(d -> assertThat(d.fields()).containsEntry(Field.ROLE, "ADMIN"));
  }
}
