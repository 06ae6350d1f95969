package com.classtag.benchmarks.plan;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans a district of 10,000, 100,000 or 1,000,000 students ({@link SyntheticRoster}: 1.5 contacts
 * per student, a section and a teacher per 20 students) on one thread with the default settings, in
 * two cases:
 *
 * <ul>
 *   <li>{@code steady}: the nightly run. The state is what applying the first sync's plan gives
 *       ({@link Planner#apply}, school by school: {@link SyncedState}), so it matches the roster;
 *       the roster then gets a night's churn of about 1% ({@link RosterChanges}).
 *   <li>{@code detached}: the steady case with every text value of the state in a string of its own
 *       ({@link DetachedState}), as an app that reads its state from a database has it.
 *   <li>{@code first}: the first sync, against a state that has only its schools mapped.
 * </ul>
 *
 * <p>The setup prints the sizes and the decision counts of the plan measured, and checks that
 * re-planning the synced state against the unchanged roster changes nothing, so the steady case is
 * a real steady state, and collects the setup's garbage before the first plan. The score is the
 * average time of one {@code plan} call. The target is for one core: {@code
 * benchmarks/run.sh} runs the plan cases under {@code taskset} on one CPU, where the JVM also picks
 * the garbage collector it would use on a one-core machine (Serial), whose pauses then count in the
 * plans' time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PlanBenchmark {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  /** How many students the district has. */
  @Param({"10000", "100000", "1000000"})
  public int students;

  /**
   * {@code steady} (a nightly run with about 1% of changes), {@code detached} (the same, with the
   * state's text in strings of its own, as read from a database) or {@code first} (a first sync).
   */
  @Param({"steady", "detached", "first"})
  public String sync;

  private Planner planner;
  private Roster roster;
  private AppState state;

  /**
   * Builds the roster and the state of the case.
   *
   * @throws IllegalStateException if the synced state does not match the roster it was synced from
   */
  @Setup
  public void prepare() {
    planner = Planner.create(SyncSettings.defaults());
    SyntheticRoster district = new SyntheticRoster(students);
    Roster tonight = district.roster();
    AppState unsynced = district.firstSyncState();
    if (sync.equals("first")) {
      roster = tonight;
      state = unsynced;
    } else if (sync.equals("steady") || sync.equals("detached")) {
      AppState synced = SyncedState.of(planner, tonight, unsynced, NOW);
      Plan again = planner.plan(tonight, synced, NOW);
      if (!again.hasNoChanges()) {
        throw new IllegalStateException(
            "re-planning the synced state still changes "
                + again.changes().size()
                + " things: "
                + counts(again));
      }
      RosterChanges churn = new RosterChanges(district);
      roster = churn.apply(tonight);
      state = sync.equals("detached") ? DetachedState.of(synced) : synced;
      System.out.printf("%nsteady state: %,d records changed in the roster%n", churn.changed());
    } else {
      throw new IllegalArgumentException("sync must be steady, detached or first, was " + sync);
    }
    Plan plan = planner.plan(roster, state, NOW);
    System.out.printf(
        "%s, %s; plan: %,d decisions (%,d changes, %,d held), %,d warnings, %,d holds: %s%n",
        roster,
        state,
        plan.decisions().size(),
        plan.changes().size(),
        plan.held().size(),
        plan.warnings().size(),
        plan.holds().size(),
        counts(plan));
    // Building the synced state leaves gigabytes of garbage in the old generation; collected now,
    // so that no measured plan pays for the setup's full collection. Later collections are the
    // plans' own.
    System.gc();
  }

  /**
   * Plans once.
   *
   * @return the plan
   */
  @Benchmark
  public Plan plan() {
    return planner.plan(roster, state, NOW);
  }

  private static Map<DecisionKind, Integer> counts(Plan plan) {
    Map<DecisionKind, Integer> counts = new EnumMap<>(DecisionKind.class);
    for (Decision d : plan.decisions()) {
      counts.merge(d.kind(), 1, Integer::sum);
    }
    return counts;
  }
}
