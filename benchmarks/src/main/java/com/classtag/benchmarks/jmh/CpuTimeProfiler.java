package com.classtag.benchmarks.jmh;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation next to the wall-clock score: {@code
 * cpu.worker.norm}, the CPU time of the benchmark's worker threads, and {@code cpu.process.norm},
 * the CPU time of the whole benchmark JVM (workers plus garbage collection, JIT compilation and
 * client I/O threads), in nanoseconds per operation; {@code cpu.process.share}, process CPU time
 * over wall time; and {@code gc.time.norm}, the time the JVM's collectors report spending (their
 * {@code GarbageCollectorMXBean}s) per operation, in ms.
 *
 * <p>Why: on a small shared machine the wall-clock score includes the time the benchmark thread
 * waits for a core. CPU time does not, so ratios of CPU time between variants of one run stay
 * meaningful when the machine is busy. A server running in another process (the fetch benchmarks'
 * Clever stand-in) is not in either figure, so they show the client's own cost.
 *
 * <p>Usage: {@code -prof com.classtag.benchmarks.jmh.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final String WORKER = "jmh-worker";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private Map<Long, Long> workersBefore = new HashMap<>();
  private long processBefore;
  private long wallBefore;
  private long gcBefore;

  /** Creates the profiler; JMH calls this. */
  public CpuTimeProfiler() {
    if (!threads.isThreadCpuTimeSupported()) {
      throw new UnsupportedOperationException("this JVM cannot measure thread CPU time");
    }
    threads.setThreadCpuTimeEnabled(true);
  }

  @Override
  public String getDescription() {
    return "CPU time per operation: the benchmark's worker threads and the whole JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workersBefore = workerCpu();
    processBefore = os.getProcessCpuTime();
    wallBefore = System.nanoTime();
    gcBefore = gcMillis();
  }

  @Override
  public List<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long wall = System.nanoTime() - wallBefore;
    long process = os.getProcessCpuTime() - processBefore;
    long worker = 0;
    for (Map.Entry<Long, Long> now : workerCpu().entrySet()) {
      worker += now.getValue() - workersBefore.getOrDefault(now.getKey(), 0L);
    }
    double ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(
        new ScalarResult("cpu.worker.norm", worker / ops, "ns/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.process.norm", process / ops, "ns/op", AggregationPolicy.AVG),
        new ScalarResult(
            "cpu.process.share",
            (double) process / Math.max(1, wall),
            "cores",
            AggregationPolicy.AVG),
        new ScalarResult(
            "gc.time.norm", (gcMillis() - gcBefore) / ops, "ms/op", AggregationPolicy.AVG));
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** Returns the CPU time so far of every live JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(WORKER)) {
        long time = threads.getThreadCpuTime(info.getThreadId());
        if (time >= 0) {
          cpu.put(info.getThreadId(), time);
        }
      }
    }
    return cpu;
  }
}
