package com.classtag.benchmarks.plan;

import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.state.AppState;
import java.time.Instant;

/**
 * The app state after a first sync of the plan benchmark's reference district ({@link
 * SyntheticRoster}: 1.5 contacts per student, a section and a staff member per 20 students), for
 * benchmarks of other parts that want the same realistic state the steady plan case plans against.
 */
public final class ReferenceState {
  private static final Instant SYNCED_AT = Instant.parse("2026-03-02T06:00:00Z");

  private ReferenceState() {}

  /**
   * Builds the synced state of a district.
   *
   * @param students the district's students, a positive multiple of 20
   * @return the state the first sync leaves behind, with the default settings
   * @throws IllegalArgumentException if {@code students} is not a positive multiple of 20
   */
  public static AppState synced(int students) {
    SyntheticRoster district = new SyntheticRoster(students);
    return SyncedState.of(
        Planner.create(SyncSettings.defaults()),
        district.roster(),
        district.firstSyncState(),
        SYNCED_AT);
  }
}
