package com.classtag.benchmarks.plan;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Compares two builds of the planner in one JVM: each benchmarks jar is loaded in a class loader of
 * its own, builds the same {@link PlanCase}, and the two plan in turn, the order swapped every
 * round, so both see the same moments of a noisy host. Prints each plan's wall and planning-thread
 * CPU time, then the median of the per-round CPU ratio (candidate over baseline), and each
 * version's bytes allocated per plan: on a shared machine that ratio is far steadier than two JMH
 * runs minutes apart.
 *
 * <p>Usage, with two jars built by {@code mvn -B -q -pl benchmarks -am package -DskipTests} at two
 * commits:
 *
 * <pre>{@code
 * java -Xmx10g -cp benchmarks/target/benchmarks.jar com.classtag.benchmarks.plan.PlanAB \
 *      baseline.jar candidate.jar [students=1000000] [rounds=16] [steady|detached|first]
 * }</pre>
 *
 * <p>Both inputs live at once, hence the larger heap. Each jar must hold this package's data
 * classes ({@link SyntheticRoster}, {@link SyncedState}, {@link RosterChanges}, {@link
 * DetachedState}); a jar without {@code PlanCase} borrows it from the jar this program runs from.
 */
public final class PlanAB {
  private PlanAB() {}

  /**
   * Runs the comparison.
   *
   * @param args baseline jar, candidate jar, then optionally students, rounds and the case
   * @throws IllegalArgumentException if the arguments are missing or out of range
   * @throws Exception if a jar cannot be read or its planner fails
   */
  public static void main(String[] args) throws Exception {
    String usage =
        "usage: PlanAB baseline.jar candidate.jar [students] [rounds >= 1] [steady|detached|first]";
    if (args.length < 2 || args.length > 5) {
      throw new IllegalArgumentException(usage);
    }
    int students = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    String sync = args.length > 4 ? args[4] : "steady";
    if (rounds < 1 || !(sync.equals("steady") || sync.equals("detached") || sync.equals("first"))) {
      throw new IllegalArgumentException(usage + "; got rounds " + rounds + " and case " + sync);
    }
    String[] names = {"baseline", "candidate"};
    LongSupplier[] cases = new LongSupplier[2];
    for (int v = 0; v < 2; v++) {
      cases[v] = load(Path.of(args[v]), students, sync);
    }
    // The com.sun.management extension is a supported JDK API (module jdk.management): it counts
    // the bytes the planning thread allocates.
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][rounds];
    long[][] allocated = new long[2][rounds];
    // Two rounds warm both versions up before anything counts.
    for (int round = -2; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int v = Math.floorMod(round, 2) == 0 ? turn : 1 - turn;
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long decisions = cases[v].getAsLong();
        long wall = System.nanoTime() - wall0;
        long used = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
        if (round >= 0) {
          cpu[v][round] = used;
          allocated[v][round] = bytes;
        }
        System.out.printf(
            Locale.ROOT,
            "round %3d %-9s %,8.1f ms wall %,8.1f ms cpu %,7.0f MB allocated %,d decisions%n",
            round,
            names[v],
            wall / 1e6,
            used / 1e6,
            bytes / 1e6,
            decisions);
      }
    }
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratios[i] = (double) cpu[1][i] / cpu[0][i];
    }
    Arrays.sort(ratios);
    for (int v = 0; v < 2; v++) {
      long[] sorted = cpu[v].clone();
      Arrays.sort(sorted);
      long[] bytes = allocated[v].clone();
      Arrays.sort(bytes);
      System.out.printf(
          Locale.ROOT,
          "%-9s cpu per plan: min %,.1f ms, median %,.1f ms; allocated: median %,.0f MB%n",
          names[v],
          sorted[0] / 1e6,
          sorted[rounds / 2] / 1e6,
          bytes[rounds / 2] / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "candidate/baseline cpu ratio per round: median %.3f (min %.3f, max %.3f)%n",
        ratios[rounds / 2],
        ratios[0],
        ratios[rounds - 1]);
  }

  private static LongSupplier load(Path jar, int students, String sync) throws Exception {
    if (!Files.isReadable(jar)) {
      throw new IllegalArgumentException(
          "cannot read jar "
              + jar
              + "; build it with "
              + "mvn -B -q -pl benchmarks -am package -DskipTests");
    }
    URL self = PlanAB.class.getProtectionDomain().getCodeSource().getLocation();
    // Parented by the platform loader, not this one: each version sees only its own planner
    // classes.
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), self}, ClassLoader.getPlatformClassLoader());
    Class<?> planCase = loader.loadClass(PlanCase.class.getName());
    try {
      return (LongSupplier)
          planCase.getConstructor(int.class, String.class).newInstance(students, sync);
    } catch (NoSuchMethodException older) {
      // Jars built before the first-sync case take a flag: detached or steady.
      if (sync.equals("first")) {
        throw new IllegalArgumentException(
            jar + " predates the first-sync case; compare steady or detached");
      }
      return (LongSupplier)
          planCase
              .getConstructor(int.class, boolean.class)
              .newInstance(students, sync.equals("detached"));
    }
  }
}
