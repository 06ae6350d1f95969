package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.Classroom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 3: a classroom a person archived stays archived while its section is in the roster unless
 * the unarchive setting is on; one the sync archived because its section left comes back only with
 * the setting on, otherwise the plan warns.
 */
class Rule03ArchiveTest {
  private static final SyncSettings UNARCHIVE =
      SyncSettings.builder().unarchiveReappearing(true).build();
  private static final Instant LAST_WEEK = Instant.parse("2025-01-08T12:00:00Z");

  private static AppState archivedByPerson() {
    return changeClassroom(
        syncedDistrict(),
        "sec-1",
        c -> Classroom.builder().from(c).archive(Archive.byPerson(LAST_WEEK)).build());
  }

  @Test
  void aClassroomAPersonArchivedStaysArchivedWhileItsSectionIsInTheRoster() {
    Plan plan = plan(district().build(), archivedByPerson());

    assertThat(plan.decisions()).isEmpty();
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void theUnarchiveSettingBringsBackAClassroomAPersonArchived() {
    AppState state = archivedByPerson();

    Plan plan = plan(district().build(), state, UNARCHIVE);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.UNARCHIVE_CLASSROOM);
              assertThat(d.reason()).isEqualTo(ReasonCode.SECTION_IN_ROSTER);
              assertThat(d.sourceIds()).containsExactly("sec-1");
            });
    assertThat(classroom(Planner.apply(plan, state), "sec-1").isArchived()).isFalse();
  }

  @Test
  void aClassroomTheSyncArchivedComesBackOnlyWithTheSettingOtherwiseThePlanWarns() {
    Roster withoutSec2 =
        Roster.builder().from(district().build()).sections(List.of(sec1())).build();
    AppState archived = synced(withoutSec2, syncedDistrict(), SyncSettings.defaults());
    assertThat(classroom(archived, "sec-2").archive())
        .hasValueSatisfying(a -> assertThat(a.by()).isEqualTo(Actor.SYNC));

    Plan settingOff = plan(district().build(), archived);
    Plan settingOn = plan(district().build(), archived, UNARCHIVE);

    assertThat(of(settingOff, DecisionKind.UNARCHIVE_CLASSROOM)).isEmpty();
    assertThat(of(settingOff, DecisionKind.CREATE_CLASSROOM)).isEmpty();
    assertThat(warnings(settingOff, WarningCode.SECTION_REAPPEARED))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).contains("sec-2"));
    assertThat(of(settingOn, DecisionKind.UNARCHIVE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.sourceIds()).containsExactly("sec-2"));
    AppState back = Planner.apply(settingOn, archived);
    assertThat(classroom(back, "sec-2").isArchived()).isFalse();
    assertThat(plan(district().build(), back, UNARCHIVE).hasNoChanges()).isTrue();
  }
}
