package com.classtag.sync.plan;

import com.classtag.sync.internal.Applier;
import com.classtag.sync.internal.PlanRun;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;

/**
 * The sync planner: a pure function from a roster, the app state, the settings and the current time
 * to a {@link Plan}. It does no I/O, reads no clock and uses no randomness; equal inputs give equal
 * plans. Bad records in the roster become {@link Warning}s; only a structurally unusable input (a
 * null argument) is an exception. Planning is linear in the size of the roster and the state.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Planner planner = Planner.create(SyncSettings.defaults());
 * Plan plan = planner.plan(roster, state, Instant.parse("2025-09-02T06:00:00Z"));
 * String review = PlanText.render(plan); // counts first, then every change with its reason
 * AppState next = Planner.apply(plan, state);   // or plan.applyTo(yourHandler) for your own store
 * }</pre>
 */
public final class Planner {
  private final SyncSettings settings;

  private Planner(SyncSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns a planner for a district's settings.
   *
   * @param settings the settings
   * @return the planner
   * @throws IllegalArgumentException if {@code settings} is null
   */
  public static Planner create(SyncSettings settings) {
    return new Planner(require(settings, "settings"));
  }

  /** {@return the planner's settings} */
  public SyncSettings settings() {
    return settings;
  }

  /**
   * Computes the plan that brings the app in line with the roster.
   *
   * @param roster the district's roster
   * @param state the app's current state
   * @param now the current time (term ends and archive times are relative to it)
   * @return the plan; empty, marked paused, when the settings pause the sync
   * @throws IllegalArgumentException if an argument is null (the message names it)
   */
  public Plan plan(Roster roster, AppState state, Instant now) {
    require(roster, "roster");
    require(state, "state");
    require(now, "now");
    PlanRun run = new PlanRun(settings);
    ImmutablePlan plan = (ImmutablePlan) run.plan(roster, state, now);
    return plan.withDecisions(run.decisions());
  }

  /**
   * Applies a plan to a state and returns the new state: the reference meaning of each decision
   * kind, written as a {@link DecisionHandler} driven by {@link Plan#applyTo} (read {@code
   * com.classtag.sync.internal.Applier} as an example for a handler of your own store). Skipped and
   * held decisions change nothing; an object created by the plan gets its provisional id without
   * the reserved {@code new:} prefix ({@code classroom:sec-1}, with a {@code ~2} suffix if the
   * state already uses that id); archives are dated at the plan's {@link Plan#generatedAt()}; the
   * baseline moves by {@link Plan#baselineChange()}. The input state is not modified.
   *
   * @param plan the plan
   * @param state the state the plan was computed against
   * @return the new state
   * @throws IllegalArgumentException if an argument is null, or a decision does not fit the state
   *     (the message names the decision's index and kind and the missing or clashing object)
   */
  public static AppState apply(Plan plan, AppState state) {
    require(plan, "plan");
    require(state, "state");
    return new Applier(plan, state).apply();
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
