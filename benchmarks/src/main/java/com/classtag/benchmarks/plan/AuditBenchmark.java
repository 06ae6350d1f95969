package com.classtag.benchmarks.plan;

import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.AuditText;
import com.classtag.sync.audit.SharingAudit;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;
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
 * The sharing audit against the plan, on the same input in the same JVM: {@link PlanBenchmark}'s
 * steady case (a {@link SyntheticRoster} after a night's churn, and the state its first sync left),
 * default settings, one thread. {@code plan} is the baseline; the target is {@code audit}
 * at most 0.5 times its time at 1,000,000 students, so that the audit can run with every sync. The
 * setup prints the audit's summary line, then collects its garbage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AuditBenchmark {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  /** How many students the district has. */
  @Param({"10000", "100000", "1000000"})
  public int students;

  private Planner planner;
  private SharingAudit audit;
  private Roster roster;
  private AppState state;

  /** Builds the steady case's roster and state. */
  @Setup
  public void prepare() {
    planner = Planner.create(SyncSettings.defaults());
    audit = SharingAudit.create(SyncSettings.defaults());
    SyntheticRoster district = new SyntheticRoster(students);
    Roster tonight = district.roster();
    state = SyncedState.of(planner, tonight, district.firstSyncState(), NOW);
    roster = new RosterChanges(district).apply(tonight);
    System.out.printf(
        "%n%s, %s%n%s%n", roster, state, AuditText.summary(audit.audit(roster, state, NOW)));
    System.gc();
  }

  /**
   * Plans once: the baseline.
   *
   * @return the plan
   */
  @Benchmark
  public Plan plan() {
    return planner.plan(roster, state, NOW);
  }

  /**
   * Audits once.
   *
   * @return the report
   */
  @Benchmark
  public AuditReport audit() {
    return audit.audit(roster, state, NOW);
  }
}
