package com.classtag.benchmarks.plan;

import com.classtag.sync.audit.SharingAudit;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sharing audit against the plan in one JVM, in alternating rounds on {@link AuditBenchmark}'s
 * input, so that both see the same moments of a busy host (the method of {@link PlanAB}): each
 * round plans once and audits once, and the per-round ratio of the audit's thread CPU time to the
 * plan's is printed with its median. Usage: {@code java -Xmx8g -cp benchmarks.jar
 * com.classtag.benchmarks.plan.AuditVsPlan STUDENTS ROUNDS} (two rounds of warm-up come first).
 */
public final class AuditVsPlan {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  private AuditVsPlan() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of students (a positive multiple of 20) and of measured rounds
   */
  public static void main(String[] args) {
    int students = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Planner planner = Planner.create(SyncSettings.defaults());
    SharingAudit audit = SharingAudit.create(SyncSettings.defaults());
    SyntheticRoster district = new SyntheticRoster(students);
    Roster tonight = district.roster();
    AppState state = SyncedState.of(planner, tonight, district.firstSyncState(), NOW);
    Roster roster = new RosterChanges(district).apply(tonight);
    System.gc();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] ratios = new double[rounds];
    long sink = 0;
    for (int r = -2; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink += planner.plan(roster, state, NOW).decisions().size();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink += audit.audit(roster, state, NOW).findings().size();
      long t2 = cpu.getCurrentThreadCpuTime();
      double ratio = (double) (t2 - t1) / (t1 - t0);
      System.out.printf(
          Locale.ROOT,
          "%s %d: plan %,d ms, audit %,d ms of CPU, audit/plan %.3f%n",
          r < 0 ? "warm-up" : "round",
          r,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          ratio);
      if (r >= 0) {
        ratios[r] = ratio;
      }
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "audit/plan CPU per round: median %.3f, range %.3f to %.3f (%d rounds; %d)%n",
        ratios[rounds / 2],
        ratios[0],
        ratios[rounds - 1],
        rounds,
        sink);
  }
}
