package com.classtag.clever.model.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterEventsTest {
  private static final String DISTRICT = "64d9e1a2f3c4b50001a2b3c4";
  private static final String SCHOOL = "64d9e1b5f3c4b50001a2b401";
  private static final District SPRINGFIELD =
      District.builder().id(DISTRICT).name("Springfield").build();
  private static final User MARIA =
      User.student("64da1c0e8b7f2a0001c3d901", SCHOOL)
          .name(Name.of("Maria", "Gonzalez"))
          .email("maria@example.org")
          .build();
  private static final User DEVON =
      User.student("64da1c0e8b7f2a0001c3d902", SCHOOL).name(Name.of("Devon", "Okafor")).build();
  private static final Section MATH =
      Section.builder()
          .id("64da20aa8b7f2a0001c40a01")
          .school(SCHOOL)
          .name("Math 6")
          .addStudents(MARIA.id())
          .build();

  private static final RosterSnapshot ROSTER =
      RosterSnapshot.builder()
          .district(SPRINGFIELD)
          .addSchools(School.builder().id(SCHOOL).name("Whitfield").build())
          .addUsers(MARIA, DEVON)
          .addSections(MATH)
          .build();

  private static int nextEvent;

  private static Event event(String type, com.classtag.clever.model.CleverRecord object) {
    return Event.builder()
        .id(String.format("65a0b1c2d3e4f50001a1%04x", nextEvent++))
        .type(type)
        .object(object)
        .build();
  }

  @Test
  void createdAddsUpdatedReplacesAndDeletedRemoves() {
    User kai = User.student("64da1c0e8b7f2a0001c3d903", SCHOOL).build();
    User renamed = User.builder().from(MARIA).name(Name.of("Maria", "Lopez")).build();

    AppliedEvents result =
        RosterEvents.apply(
            ROSTER,
            List.of(
                event("users.created", kai),
                event("users.updated", renamed),
                event("users.deleted", DEVON)));

    assertThat(result.roster().users()).containsExactly(renamed, kai);
    assertThat(result.appliedCount()).isEqualTo(3);
    assertThat(result.skipped()).isEmpty();
    assertThat(result.roster().sections()).containsExactly(MATH);
  }

  @Test
  void everyRosterCollectionTakesEveryAction() {
    Term fall = Term.builder().id("64da30000000000000000001").name("Fall").build();
    Course math = Course.builder().id("64da40000000000000000001").name("Math").build();
    School newSchool = School.builder().id("64d9e1b5f3c4b50001a2b402").name("Okoye").build();
    Section art = Section.builder().id("64da20aa8b7f2a0001c40a02").name("Art").build();

    RosterSnapshot created =
        RosterEvents.apply(
                ROSTER,
                List.of(
                    event("terms.created", fall),
                    event("courses.created", math),
                    event("schools.created", newSchool),
                    event("sections.created", art)))
            .roster();
    assertThat(created.terms()).containsExactly(fall);
    assertThat(created.courses()).containsExactly(math);
    assertThat(created.schools()).extracting(School::id).containsExactly(SCHOOL, newSchool.id());
    assertThat(created.sections()).containsExactly(MATH, art);

    Term fall2 = Term.builder().from(fall).name("Fall 2").build();
    Course math2 = Course.builder().from(math).name("Math 2").build();
    RosterSnapshot updated =
        RosterEvents.apply(
                created,
                List.of(
                    event("terms.updated", fall2),
                    event("courses.updated", math2),
                    event("schools.deleted", newSchool),
                    event("sections.deleted", art)))
            .roster();
    assertThat(updated.terms()).containsExactly(fall2);
    assertThat(updated.courses()).containsExactly(math2);
    assertThat(updated.schools()).extracting(School::id).containsExactly(SCHOOL);
    assertThat(updated.sections()).containsExactly(MATH);

    RosterSnapshot deleted =
        RosterEvents.apply(
                updated, List.of(event("terms.deleted", fall2), event("courses.deleted", math2)))
            .roster();
    assertThat(deleted.terms()).isEmpty();
    assertThat(deleted.courses()).isEmpty();
  }

  @Test
  void createdOfAnExistingIdIsAnUpsertAndDeletedOfAMissingIdIsANoOp() {
    User stale = User.builder().from(DEVON).email("devon@example.org").build();
    User absent = User.student("64da1c0e8b7f2a0001c3d9ff", SCHOOL).build();

    AppliedEvents result =
        RosterEvents.apply(
            ROSTER, List.of(event("users.created", stale), event("users.deleted", absent)));

    assertThat(result.roster().users()).containsExactly(MARIA, stale);
    assertThat(result.appliedCount()).isEqualTo(2);
    assertThat(result.skipped()).isEmpty();
  }

  @Test
  void updatedOfAMissingRecordInsertsItsFullObject() {
    User absent = User.student("64da1c0e8b7f2a0001c3d900", SCHOOL).build();

    RosterSnapshot after =
        RosterEvents.apply(ROSTER, List.of(event("users.updated", absent))).roster();

    assertThat(after.users()).containsExactly(absent, MARIA, DEVON);
  }

  @Test
  void theLastEventAboutARecordDecidesItsState() {
    User renamed = User.builder().from(DEVON).name(Name.of("Dev", "Okafor")).build();

    assertThat(
            RosterEvents.apply(
                    ROSTER, List.of(event("users.deleted", DEVON), event("users.created", renamed)))
                .roster()
                .users())
        .containsExactly(MARIA, renamed);
    assertThat(
            RosterEvents.apply(
                    ROSTER, List.of(event("users.updated", renamed), event("users.deleted", DEVON)))
                .roster()
                .users())
        .containsExactly(MARIA);
  }

  @Test
  void theDistrictIsReplacedByItsUpdateButNeverRemovedOrSwapped() {
    District renamed = District.builder().from(SPRINGFIELD).name("Springfield Unified").build();
    District other = District.builder().id("64d9e1a2f3c4b50001a2b3ff").name("Shelbyville").build();
    Event update = event("districts.updated", renamed);
    Event foreign = event("districts.updated", other);
    Event deleted = event("districts.deleted", renamed);

    AppliedEvents result = RosterEvents.apply(ROSTER, List.of(update, foreign, deleted));

    assertThat(result.roster().district()).isEqualTo(renamed);
    assertThat(result.appliedCount()).isEqualTo(1);
    assertThat(result.skipped())
        .containsExactly(
            new SkippedEvent(foreign, SkipReason.OTHER_DISTRICT),
            new SkippedEvent(deleted, SkipReason.DISTRICT_DELETED));
  }

  @Test
  void unknownTypesAndActionsAreKeptAndReportedWithoutChangingTheRoster() {
    List<Event> unknown = fixture("events/events-unknown-types.json");
    Event resource =
        event("resources.created", Resource.builder().id("64db0000000000000000aaaa").build());
    Event noObject = Event.builder().id("65a0b1c2d3e4f50001a1ffff").type("users.deleted").build();
    List<Event> events = new ArrayList<>(unknown);
    events.add(resource);
    events.add(noObject);

    AppliedEvents result = RosterEvents.apply(ROSTER, events);

    assertThat(result.roster()).isEqualTo(ROSTER);
    assertThat(result.appliedCount()).isZero();
    assertThat(result.skipped()).extracting(SkippedEvent::event).containsExactlyElementsOf(events);
    assertThat(result.skipped())
        .extracting(s -> s.event().type() + " " + s.reason())
        .containsExactly(
            "students.created UNKNOWN_RECORD_TYPE",
            "widgets.updated UNKNOWN_RECORD_TYPE",
            "sections.archived UNKNOWN_ACTION",
            "heartbeat UNKNOWN_RECORD_TYPE",
            "resources.created NOT_IN_ROSTER",
            "users.deleted NO_OBJECT");
    assertThat(result.skipped().get(0).event().rawObject()).isPresent();
    assertThat(result.lastEventId()).contains(noObject.id());
  }

  @Test
  void theWireFixtureAppliesEveryKnownType() {
    List<Event> events = fixture("events/events-every-type.json");

    AppliedEvents result = RosterEvents.apply(ROSTER, events);

    assertThat(result.appliedCount() + result.skipped().size()).isEqualTo(events.size());
    assertThat(result.skipped())
        .allSatisfy(
            s ->
                assertThat(s.reason())
                    .isIn(
                        SkipReason.NOT_IN_ROSTER,
                        SkipReason.OTHER_DISTRICT,
                        SkipReason.DISTRICT_DELETED));
    assertThat(result.skipped()).filteredOn(s -> s.reason() == SkipReason.NOT_IN_ROSTER).hasSize(3);
  }

  @Test
  void everyCollectionOfTheResultIsSortedById() {
    RosterSnapshot unsorted =
        RosterSnapshot.builder().from(ROSTER).users(List.of(DEVON, MARIA)).build();

    assertThat(RosterEvents.apply(unsorted, List.of()).roster().users())
        .containsExactly(MARIA, DEVON);
    assertThat(RosterEvents.apply(ROSTER, List.of()).roster()).isEqualTo(ROSTER);
  }

  @Test
  void noEventsGivesTheSameRosterAndNoCursor() {
    AppliedEvents result = RosterEvents.apply(ROSTER, List.of());

    assertThat(result.roster()).isEqualTo(ROSTER);
    assertThat(result.lastEventId()).isEmpty();
    assertThat(result.appliedCount()).isZero();
  }

  @Test
  void aNullEventIsRejectedByIndex() {
    List<Event> events = Arrays.asList(event("users.deleted", DEVON), null);

    assertThatThrownBy(() -> RosterEvents.apply(ROSTER, events))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events[1] is null");
  }

  @Test
  void descriptionsHoldNoPersonalData() {
    Event update = event("users.updated", MARIA);
    Event unknown =
        Event.builder()
            .id("65a0b1c2d3e4f50001a1eeee")
            .type("students.created")
            .rawObject(JsonValue.ofJson("{\"id\":\"x\",\"name\":\"Maria Gonzalez\"}"))
            .build();

    AppliedEvents result = RosterEvents.apply(ROSTER, List.of(update, unknown));

    assertThat(result.toString()).doesNotContain("Maria", "Gonzalez", "maria@");
    assertThat(result.skipped().get(0).toString())
        .isEqualTo(
            "SkippedEvent{id=65a0b1c2d3e4f50001a1eeee, type=students.created, reason=UNKNOWN_RECORD_TYPE}");
    assertThat(SkipReason.DISTRICT_DELETED.description()).isNotBlank();
  }

  private static List<Event> fixture(String path) {
    try (InputStream in = RosterEventsTest.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      ListPage<Event> page = CleverJson.listPage(CleverJson.EVENT).fromJson(in);
      return page.records();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
