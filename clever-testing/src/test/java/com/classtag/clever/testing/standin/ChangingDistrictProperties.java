package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.events.RosterEvents;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.TestDistrict;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The stand-in's events agree with its data whatever changes it is asked to make: a roster read
 * before the changes, with the events after its cursor applied, is the roster read after them, and
 * replaying those events changes nothing more. This is what makes the stand-in fit for testing
 * incremental sync.
 */
class ChangingDistrictProperties {
  private static final long SEED = 20_260_814L;
  private static final GeneratedDistrict DEMO = TestDistrict.generate(SEED, 60);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-02T05:00:00Z"), ZoneOffset.UTC);

  private static RosterSnapshot before;
  private static String cursor;

  @BeforeContainer
  static void readTheUnchangedDistrict() {
    try (CleverStandIn standIn = CleverStandIn.builder(DEMO).token("t").start();
        CleverClient client = client(standIn)) {
      before = client.snapshot();
      cursor = client.events().latestId().orElseThrow();
    }
  }

  @AfterContainer
  static void forget() {
    before = null;
  }

  @Property(tries = 25)
  void theRosterBeforePlusTheEventsIsTheRosterAfter(@ForAll("changes") List<Change> changes) {
    ChangingDistrict district = ChangingDistrict.of(DEMO, CLOCK);
    int emitted = 0;
    for (int step = 0; step < changes.size(); step++) {
      emitted += changes.get(step).applyTo(district, step);
    }

    try (CleverStandIn standIn = CleverStandIn.builder(district).token("t").start();
        CleverClient client = client(standIn)) {
      RosterSnapshot after = client.snapshot();
      List<Event> events = new ArrayList<>();
      client.events().after(cursor).forEach(events::add);
      List<Event> replayed = new ArrayList<>(events);
      replayed.addAll(events);

      assertThat(events).hasSize(emitted);
      assertThat(RosterEvents.apply(before, events).roster()).isEqualTo(after);
      assertThat(RosterEvents.apply(before, replayed).roster()).isEqualTo(after);
    }
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(
            Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 999))
        .as(Change::new)
        .list()
        .ofMaxSize(12);
  }

  private static CleverClient client(CleverStandIn standIn) {
    // The stand-in is local: no need to pace requests to Clever's limit.
    return CleverClient.builder()
        .baseUrl(standIn.baseUrl().toString())
        .token("t")
        .rateLimit(RateLimit.unlimited())
        .build();
  }

  /** What a change does. */
  enum Kind {
    RENAME_SECTION,
    DELETE_SECTION,
    ENROL_NEW_STUDENT,
    RENAME_STUDENT,
    DELETE_CONTACT,
    EDIT_SCHOOL
  }

  /**
   * One change to the district, aimed at a record by a number; a change whose record is already
   * gone is not made.
   */
  record Change(Kind kind, int pick) {
    /**
     * Makes the change; {@code step} makes every new value differ from the one before.
     *
     * @return how many events the change emitted
     */
    int applyTo(ChangingDistrict district, int step) {
      switch (kind) {
        case RENAME_SECTION:
          return ifPresent(
              district,
              "sections",
              DEMO.sectionId(pick % DEMO.sections()),
              id -> district.update("sections", id, s -> s.addProperty("name", "Section " + step)));
        case DELETE_SECTION:
          return ifPresent(
              district,
              "sections",
              DEMO.sectionId(pick % DEMO.sections()),
              id -> district.delete("sections", id));
        case ENROL_NEW_STUDENT:
          return enrolNewStudent(district);
        case RENAME_STUDENT:
          return ifPresent(
              district,
              "users",
              DEMO.studentId(pick % DEMO.students()),
              id ->
                  district.update(
                      "users", id, u -> u.getAsJsonObject("name").addProperty("last", "L" + step)));
        case DELETE_CONTACT:
          return ifPresent(
              district,
              "users",
              DEMO.contactId(pick % DEMO.contacts()),
              id -> district.delete("users", id));
        case EDIT_SCHOOL:
          return ifPresent(
              district,
              "schools",
              DEMO.schoolId(pick % 3),
              id ->
                  district.update(
                      "schools", id, s -> s.addProperty("phone", "(425) 555-" + (1000 + step))));
        default:
          throw new IllegalStateException("unknown kind " + kind);
      }
    }

    /** Creates a student and enrols them in a section: two changes, two events. */
    private int enrolNewStudent(ChangingDistrict district) {
      String id = DEMO.studentId(DEMO.students() + pick);
      String section = DEMO.sectionId(pick % DEMO.sections());
      if (exists(district, "users", id) || !exists(district, "sections", section)) {
        return 0;
      }
      JsonObject student = district.record("users", DEMO.studentId(pick % DEMO.students()));
      student.addProperty("id", id);
      district.create("users", student);
      district.update("sections", section, s -> s.getAsJsonArray("students").add(id));
      return 2;
    }

    private static int ifPresent(
        ChangingDistrict district, String collection, String id, Consumer<String> change) {
      if (!exists(district, collection, id)) {
        return 0;
      }
      change.accept(id);
      return 1;
    }

    private static boolean exists(ChangingDistrict district, String collection, String id) {
      try {
        district.record(collection, id);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
