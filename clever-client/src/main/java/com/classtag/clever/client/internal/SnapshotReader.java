package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.SnapshotProgress;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import com.classtag.clever.model.internal.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a whole district: the district, schools, users (every role, each once), sections, terms and
 * courses, each collection on the client's executor at the same time, all within the client's
 * shared rate limit. A user id read twice is kept once and recorded in {@link
 * RosterSnapshot#duplicateUsers()}, with the copies that differ from the first, so a broken feed is
 * never silently reduced to one of its versions.
 *
 * <p>All or nothing: if any collection fails, the others stop at their next record, the reader
 * waits until every one has stopped (so no request outlives the call), and the first failure is
 * thrown with the others suppressed. Nothing partial is ever returned.
 */
public final class SnapshotReader {
  private final Requester requester;

  /**
   * Creates a reader.
   *
   * @param requester the client's requester
   */
  public SnapshotReader(Requester requester) {
    this.requester = requester;
  }

  /**
   * Reads the snapshot.
   *
   * @return the snapshot, complete
   * @throws com.classtag.clever.client.CleverException the first failure of any collection
   * @throws com.classtag.clever.client.UnexpectedResponseException if the token sees other than one
   *     district
   * @throws CancellationException if the calling thread is interrupted while waiting (the interrupt
   *     flag is set)
   */
  public RosterSnapshot read() {
    AtomicBoolean stop = new AtomicBoolean();
    Collection<District> districts =
        new Collection<>(
            "districts", requester.unpagedListing("/districts"), CleverJson.DISTRICT, false);
    Collection<School> schools = collection("schools", CleverJson.SCHOOL, false);
    Collection<User> users = collection("users", CleverJson.USER, true);
    Collection<Section> sections = collection("sections", CleverJson.SECTION, false);
    Collection<Term> terms = collection("terms", CleverJson.TERM, false);
    Collection<Course> courses = collection("courses", CleverJson.COURSE, false);
    List<Collection<?>> all = List.of(districts, schools, users, sections, terms, courses);

    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (Collection<?> c : all) {
      running.add(
          CompletableFuture.runAsync(() -> c.read(stop), requester.runtime().executor())
              .whenComplete(
                  (ok, failure) -> {
                    if (failure != null) {
                      stop.set(true);
                    }
                  }));
    }
    awaitAll(running, stop);
    RuntimeException first = null;
    for (CompletableFuture<Void> f : running) {
      RuntimeException failure = failureOf(f);
      if (failure == null || failure instanceof Stopped) {
        continue;
      }
      if (first == null) {
        first = failure;
      } else if (failure != first) {
        first.addSuppressed(failure);
      }
    }
    if (first != null) {
      throw first;
    }
    District district = onlyDistrict(districts);
    return RosterSnapshot.builder()
        .district(district)
        .addAllSchools(schools.records)
        .addAllUsers(users.records)
        .addAllDuplicateUsers(duplicates(users))
        .addAllSections(sections.records)
        .addAllTerms(terms.records)
        .addAllCourses(courses.records)
        .build();
  }

  private <T extends CleverRecord> Collection<T> collection(
      String name, JsonCodec<T> codec, boolean dedupe) {
    return new Collection<>(name, requester.listing("/" + name, new Query()), codec, dedupe);
  }

  private District onlyDistrict(Collection<District> districts) {
    if (districts.records.size() != 1) {
      throw requester
          .runtime()
          .failures()
          .unexpected(
              districts.first,
              new CallContext(requester.runtime().seams().clock().instant()),
              "the token sees "
                  + districts.records.size()
                  + " districts; a district-app token sees exactly one, so "
                  + "a snapshot cannot tell which district it is");
    }
    return districts.records.get(0);
  }

  private static void awaitAll(List<CompletableFuture<Void>> running, AtomicBoolean stop) {
    CompletableFuture<Void> all =
        CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0]));
    try {
      all.get();
    } catch (ExecutionException e) {
      // Each collection's own failure is collected below.
    } catch (InterruptedException e) {
      stop.set(true);
      all.exceptionally(t -> null).join();
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "interrupted while reading the roster snapshot; nothing was returned");
    }
  }

  private static List<DuplicateUser> duplicates(Collection<User> users) {
    List<DuplicateUser> out = new ArrayList<>(users.repeats.size());
    for (Map.Entry<String, Repeat<User>> e : users.repeats.entrySet()) {
      out.add(
          DuplicateUser.builder()
              .id(e.getKey())
              .copies(e.getValue().extra + 1)
              .addAllDifferingCopies(e.getValue().differing)
              .build());
    }
    return out;
  }

  private static RuntimeException failureOf(CompletableFuture<Void> f) {
    try {
      f.join();
      return null;
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        // Not the SDK's to translate, and never wrapped in a JDK exception: thrown as the calling
        // thread would.
        throw error;
      }
      return cause instanceof RuntimeException ? (RuntimeException) cause : e;
    }
  }

  /**
   * One collection being read: its records, deduplicated by id when asked (the repeats recorded).
   * Confined to its task's thread.
   */
  private final class Collection<T extends CleverRecord> {
    private final String name;
    private final URI first;
    private final JsonCodec<T> codec;
    private final boolean dedupe;
    private final List<T> records = new ArrayList<>();

    /**
     * Per repeated id, in the order first repeated: the number of extra copies and those that
     * differ.
     */
    private final Map<String, Repeat<T>> repeats = new LinkedHashMap<>();

    Collection(String name, URI first, JsonCodec<T> codec, boolean dedupe) {
      this.name = name;
      this.first = first;
      this.codec = codec;
      this.dedupe = dedupe;
    }

    void read(AtomicBoolean stop) {
      // The records are kept: share the values of people that repeat across them (names, dates,
      // titles).
      boolean keeping = Json.keepValues(true);
      try {
        readAll(stop);
      } finally {
        Json.keepValues(keeping);
      }
    }

    private void readAll(AtomicBoolean stop) {
      Map<String, T> seen = dedupe ? new HashMap<>() : null;
      Listeners listeners = requester.runtime().listeners();
      try (RecordIterator<T> it =
          new RecordIterator<>(
              requester,
              new Listing<>(first, codec, CleverRecord::id, null),
              count ->
                  listeners.emit(
                      l ->
                          l.snapshotProgress(new SnapshotProgress(name, records.size(), false))))) {
        while (it.hasNext()) {
          if (stop.get()) {
            throw new Stopped();
          }
          T record = it.next();
          // A user with several roles is one user with one id; keep its first copy, and the fact of
          // any other.
          T kept = seen == null ? null : seen.putIfAbsent(record.id(), record);
          if (kept == null) {
            records.add(record);
          } else {
            repeats.computeIfAbsent(record.id(), id -> new Repeat<>()).add(kept, record);
          }
        }
      }
      listeners.emit(l -> l.snapshotProgress(new SnapshotProgress(name, records.size(), true)));
    }
  }

  /** The extra copies of one repeated id. */
  private static final class Repeat<T> {
    private int extra;
    private final List<T> differing = new ArrayList<>(1);

    void add(T first, T copy) {
      extra++;
      if (!copy.equals(first)) {
        differing.add(copy);
      }
    }
  }

  /** Ends a collection's task because another collection failed; never reaches the caller. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped because another collection failed", null, false, false);
    }
  }
}
