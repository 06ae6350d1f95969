package com.classtag.clever.testing.sync;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The planner's inputs for a {@link TestDistrict} or any roster snapshot, so a test of plan
 * handling needs no server: the {@link Roster}, and an {@link AppState} as last night's sync left
 * it. Uses sync-core's public API only; sync-core is an optional dependency of the kit, needed on
 * the class path to use this class.
 *
 * <pre>{@code
 * AppState synced = PlannerInputs.afterLastNightsSync(district);
 * Plan plan = Planner.create(SyncSettings.defaults()).plan(PlannerInputs.roster(changed), synced, now);
 * }</pre>
 */
public final class PlannerInputs {
  /** When "last night's sync" ran: the evening before {@code CleverStandInExtension.START}. */
  public static final Instant LAST_NIGHT = Instant.parse("2026-09-30T06:00:00Z");

  private PlannerInputs() {}

  /**
   * Returns a district's roster in the planner's model.
   *
   * @param district the district
   * @return the roster
   */
  public static Roster roster(TestDistrict district) {
    return CleverRosterAdapter.toRoster(district.snapshot());
  }

  /**
   * Returns an app that has linked one app school to each of the snapshot's schools and synced
   * nothing yet: app school {@code school-1} for the first roster school, and so on, named as the
   * roster names them.
   *
   * @param snapshot the roster
   * @return the state before the first sync
   */
  public static AppState linkedSchools(RosterSnapshot snapshot) {
    AppState.Builder state = AppState.builder();
    List<School> schools = snapshot.schools();
    for (int i = 0; i < schools.size(); i++) {
      School school = schools.get(i);
      AppSchool.Builder app =
          AppSchool.builder().id("school-" + (i + 1)).addSourceSchoolIds(school.id());
      school.name().ifPresent(app::name);
      state.addSchools(app.build());
    }
    return state.build();
  }

  /**
   * Returns the app as last night's sync left it: {@link #linkedSchools} planned against the
   * district's roster with the default settings at {@link #LAST_NIGHT}, and applied.
   *
   * @param district the district as it was last night
   * @return the synced state
   * @throws IllegalStateException if the plan is held by a safety rule, so the state would not be
   *     synced
   */
  public static AppState afterLastNightsSync(TestDistrict district) {
    return afterSync(district.snapshot(), SyncSettings.defaults(), LAST_NIGHT);
  }

  /**
   * Returns the app as a first sync of a snapshot leaves it: {@link #linkedSchools} planned with
   * the settings at a time, and applied.
   *
   * @param snapshot the roster as it was then
   * @param settings the district's settings
   * @param at when the sync ran
   * @return the synced state
   * @throws IllegalStateException if the plan is held by a safety rule, naming the holds
   */
  public static AppState afterSync(RosterSnapshot snapshot, SyncSettings settings, Instant at) {
    Objects.requireNonNull(snapshot, "snapshot");
    AppState before = linkedSchools(snapshot);
    Plan plan = Planner.create(settings).plan(CleverRosterAdapter.toRoster(snapshot), before, at);
    if (!plan.holds().isEmpty()) {
      throw new IllegalStateException(
          "the sync is held by a safety rule, so nothing would be synced: "
              + plan.holds().stream().map(Hold::toString).toList());
    }
    return Planner.apply(plan, before);
  }
}
