package com.classtag.benchmarks.memory;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.benchmarks.data.Pages;
import com.classtag.benchmarks.fetch.StandInProcess;
import com.classtag.benchmarks.fetch.StandInServer;
import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.internal.Json;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Measures the retained heap of a {@link RosterSnapshot}: renders a synthetic district page by page
 * as Clever JSON, parses every page with the SDK's {@link PageReader} (so repeated strings are
 * shared exactly as in a real read), adds the records to a snapshot, and compares the heap in use
 * after full garbage collections before and after, with the snapshot still reachable. Prints the
 * result and the classes that hold most of the heap.
 *
 * <p>Usage: {@code java -Xmx3g -cp benchmarks.jar com.classtag.benchmarks.memory.SnapshotMemory
 * [mixed|guardians [USERS|STUDENTS [SECTIONS]]]}
 *
 * <ul>
 *   <li>{@code mixed} (default): USERS users (default 1,000,000: 450,000 students, 500,000
 *       contacts, 50,000 staff) and SECTIONS sections (default 50,000);
 *   <li>{@code guardians}: STUDENTS students (default 1,000,000), 1.5 contacts per student, a staff
 *       member per 20 students, and SECTIONS sections (default 50,000);
 *   <li>{@code client}: the real {@code CleverClient.snapshot()} reading the test kit's generated
 *       district of STUDENTS students (4 contacts per 3 students) from the stand-in over loopback;
 *       a cross-check that the client retains what the page-by-page parse above retains.
 * </ul>
 */
public final class SnapshotMemory {
  private static final int PAGE = 10_000;
  private static final int SECTIONS = 50_000;
  private static final double MIB = 1024.0 * 1024.0;

  private SnapshotMemory() {}

  /**
   * Runs the measurement and prints it to standard output.
   *
   * @param args the shape ({@code mixed} or {@code guardians}), then optionally its size and
   *     sections
   * @throws Exception if the heap histogram cannot be taken
   */
  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "mixed" : args[0];
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int sections = args.length > 2 ? Integer.parseInt(args[2]) : SECTIONS;
    if (which.equals("client")) {
      measureClient(size);
      return;
    }
    DistrictShape shape;
    if (which.equals("mixed")) {
      shape = DistrictShape.mixed(size, sections);
    } else if (which.equals("guardians")) {
      shape = DistrictShape.studentsAndGuardians(size / 20, sections);
    } else {
      throw new IllegalArgumentException("expected mixed, guardians or client, was " + which);
    }

    long before = usedAfterGc();
    long start = System.nanoTime();
    RosterSnapshot snapshot = build(shape);
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedAfterGc();
    System.out.println(
        String.format(
            Locale.ROOT,
            "snapshot %s: %,d users (%,d students, %,d contacts, %,d staff), %,d sections, parsed in %.1f s",
            which,
            snapshot.users().size(),
            shape.students(),
            shape.contacts(),
            shape.staff(),
            snapshot.sections().size(),
            seconds));
    report(snapshot, after - before);
  }

  /**
   * Reads the generated district from the stand-in with the real client's {@code snapshot()} and
   * measures it.
   */
  private static void measureClient(int students) throws Exception {
    try (StandInProcess standIn = StandInProcess.start(students)) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      RosterSnapshot snapshot;
      try (CleverClient client =
          CleverClient.builder()
              .token(StandInServer.TOKEN)
              .baseUrl(standIn.baseUrl().toString())
              .rateLimit(RateLimit.unlimited())
              .build()) {
        snapshot = client.snapshot();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long after = usedAfterGc();
      System.out.println(
          String.format(
              Locale.ROOT,
              "snapshot client: CleverClient.snapshot() of the generated district with %,d students over loopback: "
                  + "%,d users, %,d sections, read in %.1f s",
              students,
              snapshot.users().size(),
              snapshot.sections().size(),
              seconds));
      report(snapshot, after - before);
    }
  }

  private static void report(RosterSnapshot snapshot, long retained) throws JMException {
    System.out.println(
        String.format(
            Locale.ROOT,
            "retained heap: %,.0f MiB (%,d bytes; %,.0f bytes per user+section record) -- max heap %,.0f MiB",
            retained / MIB,
            retained,
            (double) retained / (snapshot.users().size() + snapshot.sections().size()),
            Runtime.getRuntime().maxMemory() / MIB));
    System.out.println("largest classes on the heap (jcmd GC.class_histogram, top 20):");
    System.out.println(histogram(20));
    // Keeps the snapshot reachable until after the histogram, so it is what the histogram shows.
    System.out.println("kept: " + snapshot);
  }

  private static RosterSnapshot build(DistrictShape shape) {
    // As CleverClient.snapshot() reads: the records are kept, so repeated values are shared.
    Json.keepValues(true);
    Pages pages = new Pages(shape);
    RosterSnapshot.Builder snapshot =
        RosterSnapshot.builder()
            .district(
                District.builder()
                    .id(shape.districtId())
                    .name(Optional.of("Synthetic Unified"))
                    .build());
    for (int s = 0; s < DistrictShape.SCHOOLS; s++) {
      snapshot.addSchools(
          School.builder()
              .id(shape.schoolId(s))
              .district(Optional.of(shape.districtId()))
              .name(Optional.of("School " + s))
              .build());
    }
    for (int t = 0; t < DistrictShape.TERMS; t++) {
      snapshot.addTerms(
          Term.builder().id(shape.termId(t)).name(Optional.of("Semester " + (t + 1))).build());
    }
    for (int c = 0; c < DistrictShape.COURSES; c++) {
      snapshot.addCourses(
          Course.builder().id(shape.courseId(c)).name(Optional.of("Course " + c)).build());
    }
    for (int from = 0; from < shape.users(); from += PAGE) {
      read(pages.users(from, PAGE), CleverJson.USER, snapshot::addUsers);
    }
    for (int from = 0; from < shape.sections(); from += PAGE) {
      read(pages.sections(from, PAGE), CleverJson.SECTION, snapshot::addSections);
    }
    return snapshot.build();
  }

  private static <T> void read(byte[] page, JsonCodec<T> codec, Consumer<T> sink) {
    // From the bytes, as the client reads a response body.
    try (PageReader<T> records = PageReader.open(new ByteArrayInputStream(page), codec)) {
      while (records.hasNext()) {
        sink.accept(records.next());
      }
    }
  }

  /** Returns the heap in use after full collections, once two in a row agree within 1 MB. */
  private static long usedAfterGc() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(100);
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < 1024 * 1024) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  private static String histogram(int lines) throws JMException {
    Object text =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    String[] rows = text.toString().split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(rows.length, lines + 3); i++) {
      out.append(rows[i]).append('\n');
    }
    return out.toString();
  }
}
