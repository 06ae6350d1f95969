package com.classtag.benchmarks.plan;

import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * One {@link PlanBenchmark} case, built once and planned on demand: {@link PlanAB} makes one per
 * version of the planner, each in its own class loader. {@link #getAsLong} plans once and returns
 * the number of decisions, so the plan cannot be optimised away.
 */
public final class PlanCase implements LongSupplier {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  private final Planner planner = Planner.create(SyncSettings.defaults());
  private final Roster roster;
  private final AppState state;

  /**
   * Builds the roster and the app state of a case.
   *
   * @param students the district's size: a positive multiple of 20
   * @param sync {@link PlanBenchmark}'s case: {@code steady}, {@code detached} or {@code first}
   * @throws IllegalArgumentException if {@code students} is not a positive multiple of 20, or the
   *     case is none of those
   */
  public PlanCase(int students, String sync) {
    SyntheticRoster district = new SyntheticRoster(students);
    Roster tonight = district.roster();
    if (sync.equals("first")) {
      state = district.firstSyncState();
      roster = tonight;
      return;
    }
    if (!sync.equals("steady") && !sync.equals("detached")) {
      throw new IllegalArgumentException("sync must be steady, detached or first, was " + sync);
    }
    AppState synced = SyncedState.of(planner, tonight, district.firstSyncState(), NOW);
    state = sync.equals("detached") ? DetachedState.of(synced) : synced;
    roster = new RosterChanges(district).apply(tonight);
  }

  /** Plans once and returns the plan's number of decisions. */
  @Override
  public long getAsLong() {
    return planner.plan(roster, state, NOW).decisions().size();
  }
}
