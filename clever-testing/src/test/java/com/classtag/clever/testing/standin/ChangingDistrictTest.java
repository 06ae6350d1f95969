package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CursorExpiredException;
import com.classtag.clever.client.EventsQuery;
import com.classtag.clever.client.NotFoundException;
import com.classtag.clever.client.UserRole;
import com.classtag.clever.client.UsersQuery;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.EventRecordType;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import com.classtag.clever.model.events.RosterEvents;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.TestDistrict;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-in serving a district that changes between reads, and the events it emits for each
 * change.
 */
class ChangingDistrictTest {
  private static final long SEED = 20_260_814L;
  private static final GeneratedDistrict DEMO = TestDistrict.generate(SEED, 90);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-02T05:00:00Z"), ZoneOffset.UTC);

  private ChangingDistrict district;
  private CleverStandIn standIn;
  private CleverClient client;

  @BeforeEach
  void start() {
    district = ChangingDistrict.of(DEMO, CLOCK);
    standIn = CleverStandIn.builder(district).token("t").start();
    client = CleverClient.builder().baseUrl(standIn.baseUrl().toString()).token("t").build();
  }

  @AfterEach
  void stop() {
    client.close();
    standIn.close();
  }

  @Test
  void servesItsBaseUnchangedUntilChanged() {
    RosterSnapshot changing = client.snapshot();
    RosterSnapshot plain;
    try (CleverStandIn base = CleverStandIn.builder(DEMO).token("t").start();
        CleverClient baseClient =
            CleverClient.builder().baseUrl(base.baseUrl().toString()).token("t").build()) {
      plain = baseClient.snapshot();
      assertThat(client.events().latestId()).isEqualTo(baseClient.events().latestId());
    }

    assertThat(changing).isEqualTo(plain);
  }

  @Test
  void anUpdateIsServedAndAnnouncedWithThePreviousValues() {
    String cursor = client.events().latestId().orElseThrow();
    String sectionId = DEMO.sectionId(2);
    String oldName = client.sections().get(sectionId).name().orElseThrow();

    String eventId =
        district.update("sections", sectionId, section -> section.addProperty("name", "Room 12"));

    assertThat(client.sections().get(sectionId).name()).contains("Room 12");
    assertThat(client.events().latestId()).contains(eventId);
    assertThat(eventId).hasSize(24).isGreaterThan(cursor);
    List<Event> events = list(client.events().after(cursor));
    assertThat(events).extracting(Event::id).containsExactly(eventId);
    Event event = events.get(0);
    assertThat(event.type()).isEqualTo("sections.updated");
    assertThat(event.createdAt()).contains(CLOCK.instant());
    assertThat(event.object(Section.class)).contains(client.sections().get(sectionId));
    assertThat(event.previousAttributes()).containsOnlyKeys("name");
    assertThat(event.previousAttributes().get("name")).isEqualTo(JsonValue.ofString(oldName));
  }

  @Test
  void aCreatedUserJoinsTheListingsOfItsRolesInIdOrder() {
    JsonObject student = district.record("users", DEMO.studentId(4));
    String newId = DEMO.studentId(DEMO.students());
    student.addProperty("id", newId);

    String eventId = district.create("users", student);

    List<String> students = ids(client.users().list(UsersQuery.withRole(UserRole.STUDENT)));
    assertThat(students).hasSize(DEMO.students() + 1).isSorted().endsWith(newId);
    assertThat(ids(client.users().list()))
        .hasSize(DEMO.staff() + DEMO.students() + DEMO.contacts() + 1)
        .isSorted()
        .contains(newId);
    assertThat(ids(client.users().list(UsersQuery.withRole(UserRole.TEACHER))))
        .doesNotContain(newId);
    assertThat(client.users().get(newId).id()).isEqualTo(newId);
    Event event = client.events().get(eventId);
    assertThat(event.type()).isEqualTo("users.created");
    assertThat(event.object(User.class)).contains(client.users().get(newId));
  }

  @Test
  void aDeletedRecordIsGoneAndItsEventCarriesItsLastState() {
    String contactId = DEMO.contactId(3);
    User before = client.users().get(contactId);

    String eventId = district.delete("users", contactId);

    assertThatThrownBy(() -> client.users().get(contactId)).isInstanceOf(NotFoundException.class);
    assertThat(ids(client.users().list(UsersQuery.withRole(UserRole.CONTACT))))
        .hasSize(DEMO.contacts() - 1)
        .doesNotContain(contactId);
    Event event = client.events().get(eventId);
    assertThat(event.type()).isEqualTo("users.deleted");
    assertThat(event.object(User.class)).contains(before);
    assertThatThrownBy(() -> district.record("users", contactId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("users holds no record " + contactId);
  }

  @Test
  void aUserWhoLosesARoleLeavesThatRolesListingOnly() {
    String directorId = DEMO.staffId(1);

    district.update("users", directorId, user -> user.getAsJsonObject("roles").remove("teacher"));

    assertThat(ids(client.users().list(UsersQuery.withRole(UserRole.TEACHER))))
        .doesNotContain(directorId);
    assertThat(ids(client.users().list(UsersQuery.withRole(UserRole.STAFF)))).contains(directorId);
    assertThat(ids(client.users().list())).contains(directorId);
  }

  @Test
  void eventsOfChangesFollowTheBaseHistoryAndHonourTheFilters() {
    int history = list(client.events().list(EventsQuery.all())).size();
    String school = DEMO.schoolId(1);
    String sectionOfSchool1 =
        client.sections().list().stream()
            .filter(s -> s.school().equals(Optional.of(school)))
            .findFirst()
            .orElseThrow()
            .id();

    String sectionEvent =
        district.update("sections", sectionOfSchool1, s -> s.addProperty("period", "7"));
    String termEvent =
        district.update(
            "terms",
            client.terms().list().stream().findFirst().orElseThrow().id(),
            t -> t.addProperty("name", "School Year"));

    List<Event> all = list(client.events().list(EventsQuery.all()));
    assertThat(all).hasSize(history + 2);
    assertThat(all.subList(history, all.size()))
        .extracting(Event::id)
        .containsExactly(sectionEvent, termEvent);
    assertThat(all).extracting(Event::id).isSorted();
    assertThat(list(client.events().list(EventsQuery.all().recordTypes(EventRecordType.TERMS))))
        .extracting(Event::id)
        .containsExactly(termEvent);
    assertThat(list(client.events().list(EventsQuery.all().school(school))))
        .extracting(Event::id)
        .containsExactly(sectionEvent);
  }

  @Test
  void expiredEventsMakeAnOldCursorUnknown() {
    String cursor = client.events().latestId().orElseThrow();

    district.expireEvents();

    assertThat(client.events().latestId()).isEmpty();
    assertThatThrownBy(() -> list(client.events().after(cursor)))
        .isInstanceOf(CursorExpiredException.class);
    String next =
        district.update("schools", DEMO.schoolId(0), s -> s.addProperty("phone", "(425) 555-0100"));
    assertThat(list(client.events().list(EventsQuery.all())))
        .extracting(Event::id)
        .containsExactly(next);
    assertThat(next).isGreaterThan(cursor);
  }

  @Test
  void theRosterBeforeChangesPlusTheirEventsIsTheRosterAfterThem() {
    RosterSnapshot before = client.snapshot();
    String cursor = client.events().latestId().orElseThrow();
    JsonObject newStudent = district.record("users", DEMO.studentId(10));
    newStudent.addProperty("id", DEMO.studentId(DEMO.students()));

    district.create("users", newStudent);
    district.update(
        "sections",
        DEMO.sectionId(0),
        s -> s.getAsJsonArray("students").add(DEMO.studentId(DEMO.students())));
    district.delete("sections", DEMO.sectionId(1));
    district.update(
        "users", DEMO.studentId(11), u -> u.getAsJsonObject("name").addProperty("last", "Okafor"));
    district.update("districts", DEMO.districtId(), d -> d.addProperty("name", "Maple Valley"));

    RosterSnapshot after = client.snapshot();
    assertThat(after).isNotEqualTo(before);
    assertThat(RosterEvents.apply(before, list(client.events().after(cursor))).roster())
        .isEqualTo(after);
  }

  @Test
  void refusesChangesThatCleverCouldNotMake() {
    String section = DEMO.sectionId(0);

    assertThatThrownBy(() -> district.record("events", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "cannot change events; the collections that change are [courses, districts");
    assertThatThrownBy(() -> district.update("sections", DEMO.departedSectionId(0), s -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sections holds no record " + DEMO.departedSectionId(0));
    assertThatThrownBy(
            () -> district.update("sections", section, s -> s.addProperty("id", "other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not change its id");
    assertThatThrownBy(() -> district.update("sections", section, s -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changed nothing");
    assertThatThrownBy(() -> district.create("sections", district.record("sections", section)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sections already holds " + section);
    assertThatThrownBy(() -> district.create("sections", new JsonObject()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a record created in sections needs a string id");
    assertThatThrownBy(() -> district.delete("districts", DEMO.districtId()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be deleted");
    assertThat(client.events().latestId()).isEqualTo(Optional.of(lastBaseEvent()));
  }

  @Test
  void refusesABaseWhoseEventIdsAreNotHexadecimal() {
    CleverData odd = new OneEventData("evt-1");

    assertThatThrownBy(() -> ChangingDistrict.of(odd, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the base's last event id evt-1 is not hexadecimal");
  }

  @Test
  void anEditedRecordIsACopy() {
    JsonObject section = district.record("sections", DEMO.sectionId(0));
    section.add("students", new JsonArray());

    assertThat(client.sections().get(DEMO.sectionId(0)).students()).isNotEmpty();
    assertThat(district.toString())
        .isEqualTo("ChangingDistrict{district=" + DEMO.districtId() + ", changes=0}");
  }

  private String lastBaseEvent() {
    RecordSource events = DEMO.events(Set.of(), Optional.empty());
    return events.id(events.size() - 1);
  }

  private static <T> List<T> list(Iterable<T> items) {
    return StreamSupport.stream(items.spliterator(), false).collect(Collectors.toList());
  }

  private static List<String> ids(Iterable<User> users) {
    return list(users).stream().map(User::id).collect(Collectors.toList());
  }

  /** A district of nothing but one event, with an id that is not Clever's shape. */
  private record OneEventData(String eventId) implements CleverData {
    @Override
    public String districtId() {
      return "d";
    }

    @Override
    public Optional<RecordSource> collection(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<RecordSource> users(Optional<String> role) {
      return Optional.empty();
    }

    @Override
    public RecordSource events(Set<String> recordTypes, Optional<String> school) {
      return new RecordSource() {
        @Override
        public int size() {
          return 1;
        }

        @Override
        public String id(int index) {
          return eventId;
        }

        @Override
        public void write(int index, JsonWriter out) throws IOException {
          out.beginObject()
              .name("id")
              .value(eventId)
              .name("type")
              .value("schools.updated")
              .endObject();
        }
      };
    }
  }
}
