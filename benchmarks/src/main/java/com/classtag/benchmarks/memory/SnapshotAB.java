package com.classtag.benchmarks.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Compares what two builds of the model cost to keep a roster, in one JVM: each benchmarks jar is
 * loaded in a class loader of its own and renders the same {@code mixed} district ({@link
 * SnapshotCase}); then, in rounds with the order rotated each time, each reads the district into a
 * snapshot it keeps, and reads it again dropping each record (the baseline of what keeping costs).
 * For every read it records the reading thread's CPU time and the collectors' time and count while
 * it was read (the young collections that copy the kept records), and the CPU time of the JVM's
 * other threads in that time: the collector's, once the JIT has settled. On a busy host the
 * collectors' (wall-clock) time swells with waiting for a core; that CPU time does not. A full
 * collection before each snapshot starts both from the same empty young generation. The retained
 * size per record is {@link SnapshotMemory}'s figure.
 *
 * <p>Usage, with two jars built by {@code mvn -B -q -pl benchmarks -am package -DskipTests} at two
 * commits:
 *
 * <pre>{@code
 * taskset -c 0 java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar com.classtag.benchmarks.memory.SnapshotAB \
 *      baseline.jar candidate.jar [users=100000] [rounds=8]
 * }</pre>
 *
 * <p>A jar without {@code SnapshotCase} borrows it from the jar this program runs from.
 */
public final class SnapshotAB {
  private SnapshotAB() {}

  /**
   * Runs the comparison.
   *
   * @param args baseline jar, candidate jar, then optionally users and rounds
   * @throws IllegalArgumentException if the arguments are missing or out of range
   * @throws Exception if a jar cannot be read or a read fails
   */
  public static void main(String[] args) throws Exception {
    String usage = "usage: SnapshotAB baseline.jar candidate.jar [users] [rounds >= 1]";
    if (args.length < 2 || args.length > 4) {
      throw new IllegalArgumentException(usage);
    }
    int users = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    if (rounds < 1) {
      throw new IllegalArgumentException(usage + "; got rounds " + rounds);
    }
    // Cases 0 and 1 keep the snapshot (baseline and candidate jar); 2 and 3 drop each record.
    String[] names = {"baseline", "candidate", "baseline, dropping", "candidate, dropping"};
    Object[] cases = new Object[4];
    for (int v = 0; v < 4; v++) {
      cases[v] = load(Path.of(args[v % 2]), users, v < 2);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    // [measure][version][round]: reading CPU ms, GC ms, GC count, other threads' CPU ms.
    double[][][] m = new double[4][4][rounds];
    long kept = 0;
    for (int round = -2; round < rounds; round++) {
      for (int turn = 0; turn < 4; turn++) {
        int v = (turn + Math.floorMod(round, 4)) % 4;
        fullGc();
        long gc0 = gcMillis();
        long count0 = gcCount();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long read = ((LongSupplier) cases[v]).getAsLong();
        double wall = (System.nanoTime() - wall0) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        double others = (os.getProcessCpuTime() - process0) / 1e6 - cpu;
        long gc = gcMillis() - gc0;
        long count = gcCount() - count0;
        kept = read;
        ((Runnable) cases[v]).run();
        if (round >= 0) {
          m[0][v][round] = cpu;
          m[1][v][round] = gc;
          m[2][v][round] = count;
          m[3][v][round] = others;
        }
        System.out.printf(
            Locale.ROOT,
            "round %2d %-19s %,7.0f ms wall %,7.0f ms cpu %,6d ms gc in %d collections,"
                + " %,5.0f ms cpu of other threads%n",
            round,
            names[v],
            wall,
            cpu,
            gc,
            count,
            others);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%,d users and %,d sections per snapshot; medians over %d rounds:%n",
        kept,
        users / 20,
        rounds);
    System.out.println(
        "| | reading thread CPU ms | GC ms (wall) | collections | other threads' CPU ms (GC) |"
            + " process CPU ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    double[][] total = new double[4][rounds];
    for (int v = 0; v < 4; v++) {
      for (int r = 0; r < rounds; r++) {
        total[v][r] = m[0][v][r] + m[3][v][r];
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.0f | %,.0f | %.0f | %,.0f | %,.0f |%n",
          names[v],
          median(m[0][v]),
          median(m[1][v]),
          median(m[2][v]),
          median(m[3][v]),
          median(total[v]));
    }
    System.out.printf(
        Locale.ROOT,
        "| candidate / baseline, median of rounds | %.2f | %.2f | | %.2f | %.2f |%n",
        medianRatio(m[0], 1, 0),
        medianRatio(m[1], 1, 0),
        medianRatio(m[3], 1, 0),
        medianRatio(total, 1, 0));
    for (int v = 0; v < 2; v++) {
      System.out.printf(
          Locale.ROOT,
          "| %s: keeping / dropping, median of rounds | %.2f | | | | %.2f |%n",
          names[v],
          medianRatio(m[0], v, v + 2),
          medianRatio(total, v, v + 2));
    }
  }

  private static Object load(Path jar, int users, boolean keep) throws Exception {
    if (!Files.isReadable(jar)) {
      throw new IllegalArgumentException(
          "cannot read jar "
              + jar
              + "; build it with "
              + "mvn -B -q -pl benchmarks -am package -DskipTests");
    }
    URL self = SnapshotAB.class.getProtectionDomain().getCodeSource().getLocation();
    // Parented by the platform loader, not this one: each version sees only its own model classes.
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), self}, ClassLoader.getPlatformClassLoader());
    return loader
        .loadClass(SnapshotCase.class.getName())
        .getConstructor(int.class, boolean.class)
        .newInstance(users, keep);
  }

  /** Collects the whole heap (twice: the first may leave what finalization releases). */
  private static void fullGc() throws InterruptedException {
    System.gc();
    Thread.sleep(50);
    System.gc();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long gcCount() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionCount());
    }
    return total;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Returns the median over rounds of byCase[top][r] / byCase[bottom][r]. */
  private static double medianRatio(double[][] byCase, int top, int bottom) {
    double[] ratio = new double[byCase[0].length];
    for (int r = 0; r < ratio.length; r++) {
      ratio[r] = byCase[top][r] / byCase[bottom][r];
    }
    return median(ratio);
  }
}
