package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final JsonCodec<ListPage<Event>> PAGE = CleverJson.listPage(CleverJson.EVENT);
  private static final JsonCodec<SingleResponse<Event>> SINGLE =
      CleverJson.single(CleverJson.EVENT);

  private static final Map<EventRecordType, Class<? extends CleverRecord>> MODELS =
      Map.of(
          EventRecordType.DISTRICTS, District.class,
          EventRecordType.SCHOOLS, School.class,
          EventRecordType.USERS, User.class,
          EventRecordType.SECTIONS, Section.class,
          EventRecordType.TERMS, Term.class,
          EventRecordType.COURSES, Course.class,
          EventRecordType.RESOURCES, Resource.class);

  private static List<Event> unknownTypes() {
    return PAGE.fromJson(FixtureFiles.read("events/events-unknown-types.json")).records();
  }

  @Test
  void readsEveryKnownTypeIntoItsModelAndWritesItBack() {
    ListPage<Event> page = assertWritesBackExactly(PAGE, "events/events-every-type.json");

    List<Event> events = page.records();
    assertThat(events).hasSize(21);
    for (EventRecordType recordType : EventRecordType.knownValues()) {
      assertThat(events).filteredOn(e -> e.recordType().equals(recordType)).hasSize(3);
    }
    for (Event e : events) {
      assertThat(e.isKnownType()).as(e.type()).isTrue();
      assertThat(e.type())
          .isEqualTo(e.recordType().value() + "." + e.action().orElseThrow().value());
      assertThat(e.object()).as(e.type()).get().isInstanceOf(MODELS.get(e.recordType()));
      assertThat(e.rawObject()).isEmpty();
      assertThat(e.previousAttributes().isEmpty())
          .isEqualTo(!e.action().orElseThrow().equals(EventAction.UPDATED));
      assertThat(e.createdAt()).isPresent();
    }
    assertThat(events)
        .extracting(e -> e.action().orElseThrow())
        .containsOnly(EventAction.CREATED, EventAction.UPDATED, EventAction.DELETED);
    assertThat(page.nextUri())
        .contains("/v3.0/events?starting_after=65f0e0000000000000000015&limit=21");
  }

  @Test
  void typesTheObjectAndKeepsPreviousAttributesOfAnyJsonType() {
    Event e =
        PAGE.fromJson(FixtureFiles.read("events/events-every-type.json")).records().stream()
            .filter(x -> x.type().equals("sections.updated"))
            .findFirst()
            .orElseThrow();

    assertThat(e.id()).isEqualTo("65f0e000000000000000000b");
    assertThat(e.created()).contains("2024-01-09T08:11:00.000Z");
    assertThat(e.createdAt()).contains(Instant.parse("2024-01-09T08:11:00Z"));
    Section section = e.object(Section.class).orElseThrow();
    assertThat(section.id()).isEqualTo("65f0d5000000000000000101");
    assertThat(section.students()).hasSize(3);
    assertThat(e.object(User.class)).isEmpty();
    assertThat(e.previousAttributes())
        .containsExactly(
            Map.entry(
                "students",
                JsonValue.ofJson("[\"65f0d4000000000000000001\",\"65f0d4000000000000000002\"]")),
            Map.entry("teachers", JsonValue.ofJson("[\"65f0d3000000000000000011\"]")),
            Map.entry("period", JsonValue.ofString("")),
            Map.entry("ext", JsonValue.ofJson("{\"room\":\"B11\"}")));
  }

  @Test
  void readsAUserEventAndHidesItsPersonalData() {
    Event e = assertWritesBackExactly(SINGLE, "events/event-student-updated.json").data();

    User student = e.object(User.class).orElseThrow();
    assertThat(student.id()).isEqualTo("65f0d4000000000000000001");
    assertThat(e.previousAttributes()).containsEntry("email", JsonValue.ofString(""));
    String s = e.toString();
    assertThat(s)
        .contains(
            "65f0e0000000000000000016",
            "users.updated",
            "65f0d4000000000000000001",
            "previousAttributes=[email, last_modified]");
    assertThat(s).doesNotContain("Tamsin", "Oduya", "2023-08-14T17:02:11.482Z");
  }

  @Test
  void keepsAnEventOfAnUnknownRecordTypeVerbatim() {
    Event students = unknownTypes().get(0);

    assertThat(students.type()).isEqualTo("students.created");
    assertThat(students.recordType().value()).isEqualTo("students");
    assertThat(students.recordType().isKnown()).isFalse();
    assertThat(students.action()).contains(EventAction.CREATED);
    assertThat(students.isKnownType()).isFalse();
    assertThat(students.object()).isEmpty();
    assertThat(students.object(User.class)).isEmpty();
    assertThat(FixtureFiles.tree(students.rawObject().orElseThrow().toJson()))
        .isEqualTo(
            FixtureFiles.tree(
                "{\"id\":\"65f0d4000000000000000007\",\"name\":{\"first\":\"Kit\","
                    + "\"last\":\"Marlowe-Sands\"},\"grade\":\"5\",\"school\":\"65f0d2000000000000000001\"}"));
    assertThat(students.toString())
        .contains("rawObject=<redacted>")
        .doesNotContain("Kit", "Marlowe");
  }

  @Test
  void keepsPreviousAttributesAndExtraDataFieldsOfAnUnknownType() {
    Event widgets = unknownTypes().get(1);

    assertThat(widgets.recordType()).isEqualTo(EventRecordType.of("widgets"));
    assertThat(widgets.action()).contains(EventAction.UPDATED);
    assertThat(widgets.isKnownType()).isFalse();
    assertThat(widgets.previousAttributes())
        .containsEntry("size", JsonValue.ofJson("[2,4]"))
        .containsEntry("label", JsonValue.ofString(""));
    assertThat(widgets.dataUnknownFields()).containsEntry("source", JsonValue.ofString("sis"));
  }

  @Test
  void typesTheObjectOfAKnownRecordTypeWithAnUnknownAction() {
    Event archived = unknownTypes().get(2);

    assertThat(archived.recordType()).isEqualTo(EventRecordType.SECTIONS);
    assertThat(archived.action().orElseThrow().isKnown()).isFalse();
    assertThat(archived.isKnownType()).isFalse();
    assertThat(archived.object(Section.class).orElseThrow().id())
        .isEqualTo("65f0d5000000000000000102");
  }

  @Test
  void keepsATypeWithoutActionAnObjectThatIsNoObjectAndUnknownFields() {
    Event heartbeat = unknownTypes().get(3);

    assertThat(heartbeat.recordType().value()).isEqualTo("heartbeat");
    assertThat(heartbeat.action()).isEmpty();
    assertThat(heartbeat.isKnownType()).isFalse();
    assertThat(heartbeat.rawObject()).contains(JsonValue.ofJson("[\"not\",\"an\",\"object\"]"));
    assertThat(heartbeat.unknownFields()).containsOnlyKeys("lms_status");
  }

  @Test
  void unknownTypesRoundTrip() {
    assertWritesBackExactly(PAGE, "events/events-unknown-types.json");
  }

  @Test
  void readsDataThatComesBeforeTheType() {
    Event e = SINGLE.fromJson(FixtureFiles.read("events/event-data-before-type.json")).data();

    assertThat(e.type()).isEqualTo("courses.updated");
    assertThat(e.object(Course.class).orElseThrow().name()).contains("Math 6");
    assertThat(e.previousAttributes())
        .containsExactly(Map.entry("name", JsonValue.ofString("Math 6 (old)")));
    assertThat(SINGLE.fromJson(SINGLE.toJson(SingleResponse.of(e))).data()).isEqualTo(e);
  }

  @Test
  void readsPreviousAttributesWhereTheSpecPutsThem() {
    Event e =
        SINGLE.fromJson(FixtureFiles.read("events/event-spec-previous-attributes.json")).data();

    assertThat(e.object(Term.class)).isPresent();
    assertThat(e.previousAttributes())
        .containsExactly(Map.entry("name", JsonValue.ofString("Fall Semester")));
    assertThat(e.unknownFields()).isEmpty();
    assertThat(CleverJson.EVENT.fromJson(CleverJson.EVENT.toJson(e))).isEqualTo(e);
  }

  @Test
  void keepsASecondPreviousAttributesBesideDataAsAnUnknownField() {
    String json =
        "{\"id\":\"e1\",\"type\":\"terms.updated\",\"previous_attributes\":{\"name\":\"A\"},"
            + "\"data\":{\"object\":{\"id\":\"t1\"},\"previous_attributes\":{\"name\":\"B\"}}}";

    Event e = CleverJson.EVENT.fromJson(json);

    assertThat(e.previousAttributes()).containsExactly(Map.entry("name", JsonValue.ofString("B")));
    assertThat(e.unknownFields())
        .containsEntry("previous_attributes", JsonValue.ofJson("{\"name\":\"A\"}"));
    assertThat(FixtureFiles.tree(CleverJson.EVENT.toJson(e))).isEqualTo(FixtureFiles.tree(json));
  }

  @Test
  void rejectsAnEventWithoutType() {
    assertThatThrownBy(() -> SINGLE.fromJson("{\"data\":{\"id\":\"e1\",\"data\":{\"object\":{}}}}"))
        .isInstanceOfSatisfying(
            CleverJsonException.class,
            e -> {
              assertThat(e).hasMessageContaining("event has no type");
              assertThat(e.path()).startsWith("$.data");
            });
  }

  @Test
  void rejectsAnEmptyOrRepeatedType() {
    assertThatThrownBy(() -> CleverJson.EVENT.fromJson("{\"id\":\"e1\",\"type\":\"\"}"))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.type"));
    assertThatThrownBy(
            () ->
                CleverJson.EVENT.fromJson(
                    "{\"id\":\"e1\",\"type\":\"terms.created\",\"type\":\"users.created\"}"))
        .isInstanceOf(CleverJsonException.class)
        .hasMessageContaining("more than one type");
  }

  @Test
  void rejectsABrokenObjectOfAKnownTypeNamingItsPath() {
    String json =
        "{\"data\":[{\"data\":{\"id\":\"e1\",\"type\":\"sections.created\","
            + "\"data\":{\"object\":{\"id\":\"s1\",\"teachers\":\"t1\"}}}}]}";

    assertThatThrownBy(() -> PAGE.fromJson(json))
        .isInstanceOfSatisfying(
            CleverJsonException.class,
            e -> assertThat(e.path()).isEqualTo("$.data[0].data.data.object.teachers"));
  }

  @Test
  void reportsAnErrorInDataBeforeTypeAtItsOriginalPath() {
    String json =
        "{\"data\":{\"data\":{\"object\":{\"id\":7}},\"id\":\"e1\",\"type\":\"courses.created\"}}";

    assertThatThrownBy(() -> SINGLE.fromJson(json))
        .isInstanceOfSatisfying(
            CleverJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.data.data.object.id");
              assertThat(e)
                  .hasMessage("expected an id string but found a number at $.data.data.object.id");
            });
  }

  @Test
  void builderRejectsContradictoryParts() {
    Term term = Term.builder().id("t1").build();

    assertThat(
            Event.builder().id("e1").type("terms.created").object(term).build().object(Term.class))
        .contains(term);
    assertThatThrownBy(() -> Event.builder().id("e1").type("sections.created").object(term).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                Event.builder()
                    .id("e1")
                    .type("terms.created")
                    .rawObject(JsonValue.ofJson("{}"))
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Event.builder().id("e1").type("").build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            Event.builder()
                .id("e1")
                .type("widgets.created")
                .rawObject(JsonValue.ofJson("{}"))
                .build()
                .rawObject())
        .isEqualTo(Optional.of(JsonValue.ofJson("{}")));
  }
}
