package com.classtag.benchmarks.plan;

import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;

/**
 * Measures writing a first-sync plan out: {@link PlanText#write} and {@link PlanJson#write} stream
 * to a writer, against {@link PlanText#render}, which builds the whole text as one string (the
 * baseline, in the same run). Prints the plan's own cost (wall and CPU time, bytes allocated) and
 * the live heap it adds, then, for each way out, the characters written, the thread's CPU time and
 * the bytes it allocated; a render that does not fit the heap is reported as such. Usage:
 *
 * <pre>{@code
 * taskset -c 0 java -Xmx3g -cp benchmarks/target/benchmarks.jar com.classtag.benchmarks.plan.PlanWrite 1000000
 * }</pre>
 */
public final class PlanWrite {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  private PlanWrite() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of students (a positive multiple of 20; default 1,000,000)
   */
  public static void main(String[] args) {
    int students = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SyntheticRoster district = new SyntheticRoster(students);
    Roster roster = district.roster();
    AppState state = district.firstSyncState();
    long before = liveHeap();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long bytes0 = threads.getCurrentThreadAllocatedBytes();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Plan plan = Planner.create(SyncSettings.defaults()).plan(roster, state, NOW);
    long wall = System.nanoTime() - wall0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
    long after = liveHeap();
    System.out.printf(
        Locale.ROOT,
        "%,d students, first sync (one cold plan): %,d decisions, %,.0f ms wall,"
            + " %,.0f ms cpu, %,.0f MB allocated; live heap %,.0f MB with the roster, %,.0f MB with the plan too"
            + " (%.0f bytes per decision)%n",
        students,
        plan.decisions().size(),
        wall / 1e6,
        cpu / 1e6,
        bytes / 1e6,
        before / 1e6,
        after / 1e6,
        (double) (after - before) / plan.decisions().size());
    // Twice each: the first round warms the code up, the second is reported. The streamed ways
    // first: the one string of a million-student plan may not fit a small heap.
    for (int round = 0; round < 2; round++) {
      measure(
          "PlanText.write (streamed)",
          round,
          () -> {
            Counting out = new Counting();
            PlanText.write(plan, out);
            return out.chars;
          });
      measure(
          "PlanJson.write (streamed)",
          round,
          () -> {
            Counting out = new Counting();
            PlanJson.write(plan, out);
            return out.chars;
          });
    }
    try {
      for (int round = 0; round < 2; round++) {
        measure("PlanText.render (one string)", round, () -> (long) PlanText.render(plan).length());
      }
    } catch (OutOfMemoryError e) {
      // Reported, not thrown: that the one string does not fit where the stream does is the
      // finding.
      System.out.println(
          "PlanText.render (one string)   does not fit this heap (OutOfMemoryError)");
    }
  }

  /** The heap in use after a full collection, as far as {@code System.gc()} is honoured. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private interface Output {
    long write();
  }

  private static void measure(String what, int round, Output output) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long bytes0 = threads.getCurrentThreadAllocatedBytes();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long chars = output.write();
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
    if (round > 0) {
      System.out.printf(
          Locale.ROOT,
          "%-30s %,14d chars %,9.1f ms cpu %,9.1f MB allocated%n",
          what,
          chars,
          cpu / 1e6,
          bytes / 1e6);
    }
  }

  /** A writer that counts what it is given and keeps nothing, as a file or socket would. */
  private static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
