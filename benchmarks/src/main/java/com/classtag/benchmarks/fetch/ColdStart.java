package com.classtag.benchmarks.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a nightly job that starts a fresh JVM per district sees: the auto-pager against the fetch
 * baseline (bare {@code java.net.http} and Gson tokenizing, {@link TokenizingFetcher}), each in new
 * JVMs, in interleaved rounds against one stand-in ({@link StandInProcess}, warmed once). Every
 * round runs, for each variant in turn (the order alternates between rounds):
 *
 * <ul>
 *   <li>a <b>one-shot process</b> ({@link OneShot} with one pass): JVM start, read every student,
 *       exit. Its wall time is taken here, from starting the process to its exit;
 *   <li>a <b>passes process</b> ({@link OneShot} with PASSES passes): the time of each listing in
 *       one fresh JVM, to see how fast the first pass is and when the speed settles.
 * </ul>
 *
 * <p>It prints each round and then the medians over rounds, every figure as a ratio to the baseline
 * of the same round: speed ratio = baseline time / auto-pager time (1.0 = as fast as the baseline),
 * by wall time, by the reading thread's CPU time and by the whole process's CPU time (JIT and GC
 * threads included). "Steady" is the median of the auto-pager's last three passes in its JVM.
 *
 * <p>Usage: {@code java -cp benchmarks.jar com.classtag.benchmarks.fetch.ColdStart [USERS [ROUNDS
 * [PASSES [JVM-FLAG...]]]]} (defaults 100,000 students, 5 rounds, 8 passes); JVM flags are passed
 * to every child JVM (for example {@code -XX:SharedArchiveFile=app.jsa}, or {@code
 * -XX:TieredStopAtLevel=1}). The stand-in runs on the CPUs named by the system property {@code
 * standin.cpus} (see {@link StandInProcess}).
 */
public final class ColdStart {
  private static final String[] VARIANTS = {"httpTokens", "autoPager"};

  private ColdStart() {}

  /**
   * Runs the rounds and prints them.
   *
   * @param args users, rounds, passes, then JVM flags for the children
   * @throws Exception if the stand-in or a child fails
   */
  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    List<String> flags = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
    // [variant][round]: the one-shot process's wall time and its CPU time;
    // [variant][round][measure][pass].
    double[][] processWall = new double[2][rounds];
    double[][] processCpu = new double[2][rounds];
    double[][][][] pass = new double[2][rounds][][];
    try (StandInProcess standIn = StandInProcess.start(users)) {
      String base = standIn.baseUrl().toString();
      System.out.printf(
          Locale.ROOT,
          "ColdStart: %,d students, %d rounds, %d passes, child flags %s%n",
          users,
          rounds,
          passes,
          flags);
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < 2; i++) {
          int v = (r % 2 == 0) ? i : 1 - i;
          long start = System.nanoTime();
          double[][] once = run(flags, VARIANTS[v], base, users, 1);
          processWall[v][r] = (System.nanoTime() - start) / 1e6;
          processCpu[v][r] = once[2][0];
          pass[v][r] = run(flags, VARIANTS[v], base, users, passes);
        }
        System.out.printf(
            Locale.ROOT,
            "round %d: one-shot process wall %s %.0f ms, %s %.0f ms; passes (wall ms"
                + " / main-thread CPU ms):%n",
            r + 1,
            VARIANTS[0],
            processWall[0][r],
            VARIANTS[1],
            processWall[1][r]);
        for (int v = 0; v < 2; v++) {
          System.out.printf(
              Locale.ROOT,
              "  %-10s %s / %s%n",
              VARIANTS[v],
              join(pass[v][r][0], "%.0f"),
              join(pass[v][r][1], "%.0f"));
        }
      }
    }
    summarize(processWall, processCpu, pass, passes);
  }

  private static void summarize(
      double[][] processWall, double[][] processCpu, double[][][][] pass, int passes) {
    int rounds = processWall[0].length;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "one-shot process, auto-pager / baseline: wall time %s, process CPU %s%n",
        ratios(processWall[1], processWall[0]),
        ratios(processCpu[1], processCpu[0]));
    System.out.println(
        "Speed ratio = baseline time / auto-pager time, per round, then the median of rounds."
            + " Steady: the auto-pager's pass time over the median of its last three passes.");
    System.out.println(
        "| pass | speed ratio, wall | speed ratio, main-thread CPU | speed ratio, process CPU"
            + " | auto-pager vs its steady, wall | CPU |");
    System.out.println("|---:|---|---|---|---:|---:|");
    double[][] steady = new double[2][rounds];
    for (int m = 0; m < 2; m++) {
      for (int r = 0; r < rounds; r++) {
        steady[m][r] = median(Arrays.copyOfRange(pass[1][r][m], Math.max(0, passes - 3), passes));
      }
    }
    for (int p = 0; p < passes; p++) {
      String[] cells = new String[3];
      for (int m = 0; m < 3; m++) {
        double[] base = new double[rounds];
        double[] auto = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          base[r] = pass[0][r][m][p];
          auto[r] = pass[1][r][m][p];
        }
        cells[m] = ratios(base, auto);
      }
      double[] toSteady = new double[rounds];
      double[] toSteadyCpu = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        toSteady[r] = pass[1][r][0][p] / steady[0][r];
        toSteadyCpu[r] = pass[1][r][1][p] / steady[1][r];
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %s | %s | %s | %.2f | %.2f |%n",
          p + 1,
          cells[0],
          cells[1],
          cells[2],
          median(toSteady),
          median(toSteadyCpu));
    }
  }

  /** Returns "median (each round)" of top[r] / bottom[r]. */
  private static String ratios(double[] top, double[] bottom) {
    double[] ratio = new double[top.length];
    for (int r = 0; r < top.length; r++) {
      ratio[r] = top[r] / bottom[r];
    }
    return String.format(Locale.ROOT, "**%.2f** (%s)", median(ratio), join(ratio, "%.2f"));
  }

  /**
   * Runs one child JVM and returns, per pass, its wall, main-thread CPU and process CPU times in
   * ms.
   */
  private static double[][] run(
      List<String> flags, String variant, String base, int users, int passes)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(flags);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            OneShot.class.getName(),
            variant,
            base,
            Integer.toString(users),
            Integer.toString(passes)));
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    double[][] times = new double[3][passes];
    int seen = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("PASS ") && seen < passes) {
          String[] f = line.split(" ");
          for (int m = 0; m < 3; m++) {
            times[m][seen] = Double.parseDouble(f[m + 1]);
          }
          seen++;
        } else {
          System.out.println("  [" + variant + "] " + line);
        }
      }
    }
    if (child.waitFor() != 0 || seen != passes) {
      throw new IOException(
          variant + " child failed: exit " + child.exitValue() + ", " + seen + " passes");
    }
    return times;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String join(double[] values, String format) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, format, v));
    }
    return s.toString();
  }
}
