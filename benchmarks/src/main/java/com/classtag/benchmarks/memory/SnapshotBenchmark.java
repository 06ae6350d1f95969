package com.classtag.benchmarks.memory;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.benchmarks.data.Pages;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.RosterSnapshot;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What keeping a roster costs next to reading it: the same pages of Clever JSON (a {@code mixed} district,
 * rendered once in the setup and held as bytes) parsed with the SDK's {@link PageReader}
 *
 * <ul>
 *   <li>{@code readOnly} (the baseline): each record handed to a blackhole and dropped, as a streaming
 *       consumer reads the users;
 *   <li>{@code snapshot}: each record kept in a {@link RosterSnapshot}, as {@code CleverClient.snapshot()}
 *       keeps them, so that every record survives young collections and the collector copies it.
 * </ul>
 *
 * <p>With {@code -prof gc} the difference in {@code gc.time} per operation is what the retained records
 * cost the collector; their retained size is {@link SnapshotMemory}'s figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 6, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SnapshotBenchmark {
  private static final int PAGE = 10_000;

  /** The number of users of the district; it has one section per 20 users. */
  @Param({"100000"})
  public int users;

  private final List<byte[]> userPages = new ArrayList<>();
  private final List<byte[]> sectionPages = new ArrayList<>();
  private District district;

  /** Renders the district's pages. */
  @Setup
  public void render() {
    DistrictShape shape = DistrictShape.mixed(users, users / 20);
    Pages pages = new Pages(shape);
    for (int from = 0; from < shape.users(); from += PAGE) {
      userPages.add(pages.users(from, PAGE));
    }
    for (int from = 0; from < shape.sections(); from += PAGE) {
      sectionPages.add(pages.sections(from, PAGE));
    }
    district = District.builder().id(shape.districtId()).name(Optional.of("Synthetic Unified")).build();
  }

  /**
   * Reads every user and section and drops each.
   *
   * @param sink consumes each record
   */
  @Benchmark
  public void readOnly(Blackhole sink) {
    for (byte[] page : userPages) {
      read(page, CleverJson.USER, sink::consume);
    }
    for (byte[] page : sectionPages) {
      read(page, CleverJson.SECTION, sink::consume);
    }
  }

  /**
   * Reads every user and section into a snapshot.
   *
   * @return the snapshot
   */
  @Benchmark
  public RosterSnapshot snapshot() {
    RosterSnapshot.Builder snapshot = RosterSnapshot.builder().district(district);
    for (byte[] page : userPages) {
      read(page, CleverJson.USER, snapshot::addUsers);
    }
    for (byte[] page : sectionPages) {
      read(page, CleverJson.SECTION, snapshot::addSections);
    }
    return snapshot.build();
  }

  private static <T> void read(byte[] page, JsonCodec<T> codec, Consumer<T> sink) {
    InputStreamReader body = new InputStreamReader(new ByteArrayInputStream(page), StandardCharsets.UTF_8);
    try (PageReader<T> records = PageReader.open(body, codec)) {
      while (records.hasNext()) {
        sink.accept(records.next());
      }
    }
  }
}
