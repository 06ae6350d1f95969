package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.incremental.IncrementalSync;
import com.classtag.clever.client.incremental.SyncOutcome;
import com.classtag.clever.client.incremental.SyncPath;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.junit.CleverStandInExtension;
import com.classtag.clever.testing.standin.ChangingDistrict;
import com.classtag.clever.testing.sync.PlannerInputs;
import com.classtag.clever.testing.time.FakeClock;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.state.AppState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's nightly job, tested end to end: read the district in full, plan and apply; the
 * district changes; read only its events, plan again, and get exactly the decisions the change
 * implies.
 */
class IncrementalPlanTest {
  private static final FakeClock EVENT_TIME = FakeClock.at(Instant.parse("2026-09-30T18:00:00Z"));
  private static final TestDistrict LAST_WEEK = lastWeek();
  private static final ChangingDistrict DISTRICT = ChangingDistrict.of(LAST_WEEK, EVENT_TIME);

  @RegisterExtension
  static final CleverStandInExtension CLEVER = CleverStandInExtension.serving(DISTRICT);

  static TestDistrict lastWeek() {
    DistrictBuilder b = TestDistrict.builder().seed(3).school("Lincoln Middle");
    User ada = b.teacher("Ada", "Byron");
    b.section(s -> s.name("Math 7").teacher(ada).students(12));
    b.section(s -> s.name("Art 7").students(9));
    return b.build();
  }

  @Test
  void plansTwiceAcrossAChangeReadFromEvents(
      CleverClient client, FakeClock clock, @TempDir Path dir) {
    School lincoln = LAST_WEEK.snapshot().schools().get(0);
    // The district changed before the first read, so Clever has an event to take the cursor from.
    DISTRICT.replace(School.builder().from(lincoln).phone("555-0142").build());
    IncrementalSync nightly =
        IncrementalSync.builder()
            .client(client)
            .clock(clock)
            .baselineFile(dir.resolve("district.baseline"))
            .build();
    Planner planner = Planner.create(SyncSettings.defaults());

    SyncOutcome first = nightly.run();
    AppState linked = PlannerInputs.linkedSchools(first.roster());
    Plan firstPlan =
        planner.plan(CleverRosterAdapter.toRoster(first.roster()), linked, clock.instant());
    AppState synced = Planner.apply(firstPlan, linked);

    Section math = LAST_WEEK.sections().get(0);
    User newcomer =
        User.student("64da1c0e0a0200000000ffff", lincoln.id())
            .district(LAST_WEEK.districtId())
            .name(com.classtag.clever.model.Name.of("Juno", "Ashdown"))
            .build();
    DISTRICT.create(newcomer);
    DISTRICT.replace(
        Section.builder().from(math).name("Math 7 Honors").addStudents(newcomer.id()).build());
    clock.advance(Duration.ofDays(1));
    SyncOutcome second = nightly.run();
    Plan secondPlan =
        planner.plan(CleverRosterAdapter.toRoster(second.roster()), synced, clock.instant());

    assertThat(first.path()).isEqualTo(SyncPath.FULL_READ);
    assertThat(firstPlan.count(DecisionKind.CREATE_CLASSROOM)).isEqualTo(2);
    assertThat(firstPlan.holds()).isEmpty();
    assertThat(second.path()).isEqualTo(SyncPath.EVENTS);
    assertThat(second.events().orElseThrow().appliedCount()).isEqualTo(2);
    assertThat(secondPlan.changes())
        .extracting(Decision::kind)
        .contains(DecisionKind.UPDATE_CLASSROOM, DecisionKind.CREATE_STUDENT);
    AppState afterSecond = Planner.apply(secondPlan, synced);
    assertThat(
            planner
                .plan(CleverRosterAdapter.toRoster(second.roster()), afterSecond, clock.instant())
                .hasNoChanges())
        .isTrue();
  }

  @Test
  void theKitsLastNightStateIsWhatAFirstSyncLeaves() {
    AppState synced = PlannerInputs.afterLastNightsSync(LAST_WEEK);

    Plan again =
        Planner.create(SyncSettings.defaults())
            .plan(
                PlannerInputs.roster(LAST_WEEK),
                synced,
                PlannerInputs.LAST_NIGHT.plus(Duration.ofHours(24)));

    assertThat(synced.classrooms()).hasSize(2);
    assertThat(synced.students()).hasSize(21);
    assertThat(again.hasNoChanges()).isTrue();
  }
}
