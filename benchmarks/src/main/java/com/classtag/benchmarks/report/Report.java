package com.classtag.benchmarks.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH JSON result files ({@code -rf json}) into Markdown tables with each figure's ratio to
 * the baseline measured in the same run: {@code gsonTokens} for the parse and state-read
 * benchmarks, {@code httpTokens} for the fetch benchmark, {@code plan} for the audit benchmark,
 * and, for the plan benchmark, the ratio of each size's time to the next smaller size's.
 *
 * <p>Ratios are "SDK speed over baseline speed": 1.00 means as fast as the baseline, 0.80 means 80%
 * of its speed. They are given for the wall-clock score and for CPU time ({@code cpu.worker.norm}
 * from {@link com.classtag.benchmarks.jmh.CpuTimeProfiler}), which a busy machine disturbs less.
 * Allocation ratios are "SDK bytes over baseline bytes" (lower is better).
 *
 * <p>Usage: {@code java -cp benchmarks.jar com.classtag.benchmarks.report.Report result.json...}
 */
public final class Report {
  private static final Map<String, String> BASELINES =
      Map.of(
          "ParseBenchmark", "gsonTokens",
          "FetchBenchmark", "httpTokens",
          "StateReadBenchmark", "gsonTokens",
          "AuditBenchmark", "plan");

  private Report() {}

  /**
   * Prints the tables of the given result files to standard output.
   *
   * @param args JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, List<Row>> runs = new LinkedHashMap<>();
    for (String file : args) {
      Path path = Path.of(file);
      if (!Files.exists(path)) {
        System.out.println(
            "### " + path.getFileName() + "\n\n(missing: that run did not complete)\n");
        continue;
      }
      JsonArray results;
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        results = JsonParser.parseReader(in).getAsJsonArray();
      }
      List<Row> rows = new ArrayList<>();
      for (JsonElement e : results) {
        rows.add(Row.of(e.getAsJsonObject()));
      }
      runs.put(path.getFileName().toString(), rows);
      if (rows.isEmpty()) {
        System.err.println("no results in " + path + ": the run failed; see its log");
      }
    }
    List<Row> all = new ArrayList<>();
    runs.values().forEach(all::addAll);
    for (Map.Entry<String, List<Row>> run : runs.entrySet()) {
      System.out.println("### " + run.getKey() + "\n");
      if (run.getValue().isEmpty()) {
        System.out.println("No results: the run failed; its log says why.\n");
      }
      print(run.getValue(), all);
    }
  }

  /**
   * Prints one run's rows. A baseline comes from the same run; the next smaller size of a plan may
   * come from any run, since sizes that need a bigger heap run separately.
   */
  private static void print(List<Row> rows, List<Row> all) {
    Map<String, List<Row>> byClass = new LinkedHashMap<>();
    for (Row r : rows) {
      byClass.computeIfAbsent(r.benchmarkClass, k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<Row>> group : byClass.entrySet()) {
      String baseline = BASELINES.get(group.getKey());
      System.out.println(
          "| benchmark | params | score | vs baseline (wall) | worker CPU/op | vs baseline (CPU) "
              + "| process CPU/op | alloc/op | alloc vs baseline |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
      for (Row r : group.getValue()) {
        Optional<Row> base =
            baseline == null
                ? smallerSize(all, r)
                : group.getValue().stream()
                    .filter(b -> b.method.equals(baseline) && b.params.equals(r.params))
                    .findFirst();
        System.out.println(
            "| "
                + r.method
                + " | "
                + r.params
                + " | "
                + r.score()
                + " | "
                + base.map(b -> ratio(r.speed(), b.speed())).orElse("")
                + " | "
                + r.secondary("cpu.worker.norm").map(Report::nanos).orElse("")
                + " | "
                + base.flatMap(b -> cpuRatio(r, b, "cpu.worker.norm")).orElse("")
                + " | "
                + r.secondary("cpu.process.norm").map(Report::nanos).orElse("")
                + " | "
                + r.secondary("gc.alloc.rate.norm").map(Report::bytes).orElse("")
                + " | "
                + base.flatMap(b -> allocRatio(r, b)).orElse("")
                + " |");
      }
      if (baseline == null) {
        System.out.println(
            "\nFor the plan benchmark the \"vs baseline\" columns compare with the next smaller "
                + "size (10 times fewer students): its time divided by this size's time (0.10 is linear scaling, "
                + "0.083 is 12x the time for 10x the input), and this size's allocation over its allocation.");
      }
      System.out.println();
    }
  }

  /** The row of the same method and other params whose {@code students} is 10 times smaller. */
  private static Optional<Row> smallerSize(List<Row> rows, Row r) {
    String students = r.paramMap.get("students");
    if (students == null) {
      return Optional.empty();
    }
    String smaller = Long.toString(Long.parseLong(students) / 10);
    return rows.stream()
        .filter(
            b ->
                b.method.equals(r.method)
                    && smaller.equals(b.paramMap.get("students"))
                    && withoutStudents(b.paramMap).equals(withoutStudents(r.paramMap)))
        .findFirst();
  }

  private static Map<String, String> withoutStudents(Map<String, String> params) {
    Map<String, String> out = new LinkedHashMap<>(params);
    out.remove("students");
    return out;
  }

  private static String ratio(double speed, double baseSpeed) {
    return String.format(Locale.ROOT, "%.2f", speed / baseSpeed);
  }

  private static Optional<String> cpuRatio(Row r, Row base, String metric) {
    return r.secondary(metric)
        .flatMap(
            cpu -> base.secondary(metric).map(b -> String.format(Locale.ROOT, "%.2f", b / cpu)));
  }

  private static Optional<String> allocRatio(Row r, Row base) {
    return r.secondary("gc.alloc.rate.norm")
        .flatMap(
            a ->
                base.secondary("gc.alloc.rate.norm")
                    .map(b -> String.format(Locale.ROOT, "%.2fx", a / b)));
  }

  private static String nanos(double ns) {
    if (ns >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }
    if (ns >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
    }
    if (ns >= 1e3) {
      return String.format(Locale.ROOT, "%.2f us", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", ns);
  }

  /** Formats bytes in decimal units (1 MB = 1,000,000 bytes). */
  private static String bytes(double b) {
    if (b >= 1e9) {
      return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }
    if (b >= 1e6) {
      return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f B", b);
  }

  /** One benchmark result. */
  private static final class Row {
    String benchmarkClass;
    String method;
    String params;
    Map<String, String> paramMap = new LinkedHashMap<>();
    String mode;
    double score;
    double error;
    String unit;
    Map<String, Double> secondary = new LinkedHashMap<>();

    static Row of(JsonObject o) {
      Row r = new Row();
      String benchmark = o.get("benchmark").getAsString();
      String[] parts = benchmark.split("\\.");
      r.benchmarkClass = parts[parts.length - 2];
      r.method = parts[parts.length - 1];
      if (o.has("params")) {
        for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("params").entrySet()) {
          r.paramMap.put(p.getKey(), p.getValue().getAsString());
        }
      }
      r.params = r.paramMap.isEmpty() ? "" : r.paramMap.toString();
      r.mode = o.get("mode").getAsString();
      JsonObject primary = o.getAsJsonObject("primaryMetric");
      r.score = primary.get("score").getAsDouble();
      JsonElement error = primary.get("scoreError");
      r.error =
          error.isJsonPrimitive() && error.getAsJsonPrimitive().isNumber()
              ? error.getAsDouble()
              : Double.NaN;
      r.unit = primary.get("scoreUnit").getAsString();
      if (o.has("secondaryMetrics")) {
        for (Map.Entry<String, JsonElement> m : o.getAsJsonObject("secondaryMetrics").entrySet()) {
          JsonElement s = m.getValue().getAsJsonObject().get("score");
          if (s.isJsonPrimitive() && s.getAsJsonPrimitive().isNumber()) {
            r.secondary.put(m.getKey(), s.getAsDouble());
          }
        }
      }
      return r;
    }

    /** Returns a figure where higher is faster: throughput as is, a time inverted. */
    double speed() {
      return mode.equals("thrpt") ? score : 1 / score;
    }

    String score() {
      String err = Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %,.0f", error);
      if (mode.equals("thrpt")) {
        return String.format(Locale.ROOT, "%,.0f%s %s", score, err, unit);
      }
      return String.format(
          Locale.ROOT,
          "%,.1f%s %s",
          score,
          Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %,.1f", error),
          unit);
    }

    Optional<Double> secondary(String metric) {
      return Optional.ofNullable(secondary.get(metric));
    }
  }
}
