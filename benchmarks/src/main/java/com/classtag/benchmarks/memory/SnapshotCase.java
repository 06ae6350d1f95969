package com.classtag.benchmarks.memory;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.benchmarks.data.Pages;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.internal.Json;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One build of the model as {@link SnapshotAB} runs it, in a class loader of its own: the pages of
 * a {@code mixed} district rendered once as Clever JSON, then, on each call, every user and section
 * parsed with the SDK's {@link PageReader} and either kept in a {@link RosterSnapshot} until {@link
 * #run()} drops it (like {@code CleverClient.snapshot()}, with the model's sharing of repeated
 * values turned on), or, for the baseline, each dropped as soon as it is read, as a streaming read
 * drops them.
 */
public final class SnapshotCase implements LongSupplier, Runnable {
  private static final int PAGE = 10_000;

  private final List<byte[]> userPages = new ArrayList<>();
  private final List<byte[]> sectionPages = new ArrayList<>();
  private final District district;
  private final boolean keep;
  private RosterSnapshot kept;
  private long dropped;

  /**
   * Renders the district's pages.
   *
   * @param users the number of users; the district has one section per 20 users
   * @param keep whether to keep the records in a snapshot, or drop each as it is read
   */
  public SnapshotCase(int users, boolean keep) {
    this.keep = keep;
    DistrictShape shape = DistrictShape.mixed(users, users / 20);
    Pages pages = new Pages(shape);
    for (int from = 0; from < shape.users(); from += PAGE) {
      userPages.add(pages.users(from, PAGE));
    }
    for (int from = 0; from < shape.sections(); from += PAGE) {
      sectionPages.add(pages.sections(from, PAGE));
    }
    district =
        District.builder().id(shape.districtId()).name(Optional.of("Synthetic Unified")).build();
  }

  /** Reads the pages, into a snapshot if it keeps them, and returns the number of users read. */
  @Override
  public long getAsLong() {
    if (!keep) {
      long users = 0;
      for (byte[] page : userPages) {
        try (PageReader<com.classtag.clever.model.User> records = open(page, CleverJson.USER)) {
          while (records.hasNext()) {
            dropped += records.next().id().length();
            users++;
          }
        }
      }
      for (byte[] page : sectionPages) {
        try (PageReader<com.classtag.clever.model.Section> records =
            open(page, CleverJson.SECTION)) {
          while (records.hasNext()) {
            dropped += records.next().id().length();
          }
        }
      }
      return users;
    }
    try {
      Json.keepValues(true);
    } catch (NoSuchMethodError e) {
      // A build from before the client shared repeated values of kept records.
    }
    RosterSnapshot.Builder snapshot = RosterSnapshot.builder().district(district);
    for (byte[] page : userPages) {
      try (PageReader<com.classtag.clever.model.User> records = open(page, CleverJson.USER)) {
        while (records.hasNext()) {
          snapshot.addUsers(records.next());
        }
      }
    }
    for (byte[] page : sectionPages) {
      try (PageReader<com.classtag.clever.model.Section> records = open(page, CleverJson.SECTION)) {
        while (records.hasNext()) {
          snapshot.addSections(records.next());
        }
      }
    }
    kept = snapshot.build();
    return kept.users().size();
  }

  /** Drops the kept snapshot. */
  @Override
  public void run() {
    kept = null;
  }

  private static <T> PageReader<T> open(byte[] page, com.classtag.clever.model.JsonCodec<T> codec) {
    // From the bytes, as the client reads a response body.
    return PageReader.open(new ByteArrayInputStream(page), codec);
  }
}
