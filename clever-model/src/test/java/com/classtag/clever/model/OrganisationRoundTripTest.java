package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Generated valid organisation records and events survive writing and reading back unchanged. */
class OrganisationRoundTripTest {
  @Property
  void sectionsRoundTrip(@ForAll("sections") Section section) {
    assertThat(CleverJson.SECTION.fromJson(CleverJson.SECTION.toJson(section))).isEqualTo(section);
  }

  @Property
  void termsRoundTrip(@ForAll("terms") Term term) {
    assertThat(CleverJson.TERM.fromJson(CleverJson.TERM.toJson(term))).isEqualTo(term);
  }

  @Property
  void districtsRoundTrip(@ForAll("districts") District district) {
    assertThat(CleverJson.DISTRICT.fromJson(CleverJson.DISTRICT.toJson(district)))
        .isEqualTo(district);
  }

  @Property
  void coursesAndResourcesRoundTrip(
      @ForAll("courses") Course course, @ForAll("resources") Resource resource) {
    assertThat(CleverJson.COURSE.fromJson(CleverJson.COURSE.toJson(course))).isEqualTo(course);
    assertThat(CleverJson.RESOURCE.fromJson(CleverJson.RESOURCE.toJson(resource)))
        .isEqualTo(resource);
  }

  @Property(tries = 500)
  void eventsRoundTrip(@ForAll("events") Event event) {
    assertThat(CleverJson.EVENT.fromJson(CleverJson.EVENT.toJson(event))).isEqualTo(event);
  }

  @Property(tries = 200)
  void sectionPagesRoundTripThroughBothReaders(@ForAll("sectionPages") ListPage<Section> page) {
    JsonCodec<ListPage<Section>> codec = CleverJson.listPage(CleverJson.SECTION);
    String json = codec.toJson(page);

    assertThat(codec.fromJson(json)).isEqualTo(page);
    try (PageReader<Section> reader = PageReader.open(new StringReader(json), CleverJson.SECTION)) {
      List<Section> streamed = new ArrayList<>();
      reader.forEachRemaining(streamed::add);
      assertThat(streamed).isEqualTo(page.records());
      assertThat(reader.links()).isEqualTo(page.links());
    }
  }

  @Provide
  Arbitrary<Section> sections() {
    return Builders.withBuilder(Section::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.district(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.school(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.name(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.created(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.lastModified(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.sisId(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.sectionNumber(v))
        .use(text())
        .withProbability(0.6)
        .in((b, v) -> b.period(v))
        .use(openEnum(Subject.knownValues(), Subject::of))
        .withProbability(0.8)
        .in((b, v) -> b.subject(v))
        .use(openEnum(Grade.knownValues(), Grade::of))
        .withProbability(0.8)
        .in((b, v) -> b.grade(v))
        .use(ids())
        .withProbability(0.7)
        .in((b, v) -> b.course(v))
        .use(ids())
        .withProbability(0.7)
        .in((b, v) -> b.termId(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.teacher(v))
        .use(ids().list().ofMaxSize(4))
        .in((b, v) -> b.teachers(v))
        .use(ids().list().ofMaxSize(30))
        .in((b, v) -> b.students(v))
        .use(Arbitraries.of(true, false).map(LmsStatus::of))
        .withProbability(0.3)
        .in((b, v) -> b.lmsStatus(v))
        .use(keptValues())
        .in((b, v) -> b.ext(v))
        .use(unknownFields())
        .in((b, v) -> b.unknownFields(v))
        .build(Section.Builder::build);
  }

  @Provide
  Arbitrary<Term> terms() {
    return Builders.withBuilder(Term::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.district(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.name(v))
        .use(termDates())
        .withProbability(0.8)
        .in((b, v) -> b.rawStartDate(v))
        .use(termDates())
        .withProbability(0.8)
        .in((b, v) -> b.rawEndDate(v))
        .use(unknownFields())
        .in((b, v) -> b.unknownFields(v))
        .build(Term.Builder::build);
  }

  @Provide
  Arbitrary<District> districts() {
    Arbitrary<Name> names =
        Builders.withBuilder(Name::builder)
            .use(text())
            .withProbability(0.7)
            .in((b, v) -> b.first(v))
            .use(text())
            .withProbability(0.2)
            .in((b, v) -> b.middle(v))
            .use(text())
            .withProbability(0.9)
            .in((b, v) -> b.last(v))
            .build(Name.Builder::build);
    Arbitrary<DistrictContact> contacts =
        Builders.withBuilder(DistrictContact::builder)
            .use(ids())
            .withProbability(0.9)
            .in((b, v) -> b.id(v))
            .use(text())
            .withProbability(0.7)
            .in((b, v) -> b.title(v))
            .use(ids())
            .withProbability(0.9)
            .in((b, v) -> b.district(v))
            .use(text())
            .withProbability(0.7)
            .in((b, v) -> b.email(v))
            .use(names)
            .withProbability(0.8)
            .in((b, v) -> b.name(v))
            .use(unknownFields())
            .in((b, v) -> b.unknownFields(v))
            .build(DistrictContact.Builder::build);
    return Builders.withBuilder(District::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(text())
        .withProbability(0.9)
        .in((b, v) -> b.name(v))
        .use(text())
        .withProbability(0.9)
        .in((b, v) -> b.sisType(v))
        .use(termDates())
        .withProbability(0.9)
        .in((b, v) -> b.rawLaunchDate(v))
        .use(text())
        .withProbability(0.9)
        .in((b, v) -> b.portalUrl(v))
        .use(text().list().ofMaxSize(4))
        .in((b, v) -> b.loginMethods(v))
        .use(contacts)
        .withProbability(0.8)
        .in((b, v) -> b.districtContact(v))
        .use(termDates())
        .withProbability(0.8)
        .in((b, v) -> b.lastSync(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.mdrNumber(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.ncesId(v))
        .use(text())
        .withProbability(0.2)
        .in((b, v) -> b.error(v))
        .use(openEnum(DistrictState.knownValues(), DistrictState::of))
        .withProbability(0.8)
        .in((b, v) -> b.state(v))
        .use(termDates())
        .withProbability(0.3)
        .in((b, v) -> b.pauseStart(v))
        .use(termDates())
        .withProbability(0.3)
        .in((b, v) -> b.pauseEnd(v))
        .use(openEnum(LmsState.knownValues(), LmsState::of))
        .withProbability(0.5)
        .in((b, v) -> b.lmsState(v))
        .use(openEnum(LmsType.knownValues(), LmsType::of))
        .withProbability(0.5)
        .in((b, v) -> b.lmsType(v))
        .use(termDates())
        .withProbability(0.3)
        .in((b, v) -> b.lastAttendanceSync(v))
        .use(termDates())
        .withProbability(0.3)
        .in((b, v) -> b.lastCleverSync(v))
        .use(unknownFields())
        .in((b, v) -> b.unknownFields(v))
        .build(District.Builder::build);
  }

  @Provide
  Arbitrary<Course> courses() {
    return Builders.withBuilder(Course::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.district(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.name(v))
        .use(text())
        .withProbability(0.6)
        .in((b, v) -> b.number(v))
        .use(unknownFields())
        .in((b, v) -> b.unknownFields(v))
        .build(Course.Builder::build);
  }

  @Provide
  Arbitrary<Resource> resources() {
    return Builders.withBuilder(Resource::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.district(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.resourceId(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.title(v))
        .use(openEnum(ResourceRole.knownValues(), ResourceRole::of).list().ofMaxSize(3))
        .in((b, v) -> b.roles(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.created(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.updated(v))
        .use(unknownFields())
        .in((b, v) -> b.unknownFields(v))
        .build(Resource.Builder::build);
  }

  @Provide
  Arbitrary<Event> events() {
    Arbitrary<Tuple.Tuple3<String, CleverRecord, JsonValue>> known =
        Arbitraries.oneOf(
            typed("sections", sections()),
            typed("terms", terms()),
            typed("districts", districts()),
            typed("courses", courses()),
            typed("resources", resources()));
    Arbitrary<Tuple.Tuple3<String, CleverRecord, JsonValue>> unknown =
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), rawObjects())
            .as((recordType, raw) -> Tuple.of("x" + recordType + ".created", null, raw));
    Arbitrary<Tuple.Tuple3<String, CleverRecord, JsonValue>> kinds =
        Arbitraries.frequencyOf(Tuple.of(4, known), Tuple.of(1, unknown));
    return Combinators.combine(
            kinds, ids(), text().optional(), keptValues(), unknownFields(), unknownFields())
        .as(
            (kind, id, created, previous, dataUnknown, unknownFields) ->
                Event.builder()
                    .id(id)
                    .type(kind.get1())
                    .object(Optional.ofNullable(kind.get2()))
                    .rawObject(Optional.ofNullable(kind.get3()))
                    .created(created)
                    .previousAttributes(previous)
                    .dataUnknownFields(dataUnknown)
                    .unknownFields(unknownFields)
                    .build());
  }

  @Provide
  Arbitrary<ListPage<Section>> sectionPages() {
    Arbitrary<ListEntry<Section>> entries =
        sections()
            .flatMap(
                s ->
                    Arbitraries.of("/v3.0/sections/" + s.id(), null)
                        .map(uri -> ListEntry.of(s, uri)));
    Arbitrary<Link> links =
        Arbitraries.of("self", "next", "prev", "canonical")
            .flatMap(rel -> text().map(uri -> Link.of(rel, uri)));
    return Builders.withBuilder(ListPage::<Section>builder)
        .use(entries.list().ofMaxSize(5))
        .in((b, v) -> b.data(v))
        .use(links.list().ofMaxSize(3))
        .in((b, v) -> b.links(v))
        .build(ListPage.Builder::build);
  }

  private static Arbitrary<Tuple.Tuple3<String, CleverRecord, JsonValue>> typed(
      String recordType, Arbitrary<? extends CleverRecord> records) {
    Arbitrary<String> actions =
        Arbitraries.oneOf(
            Arbitraries.of("created", "updated", "deleted"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return Combinators.combine(records, actions)
        .as((record, action) -> Tuple.of(recordType + "." + action, (CleverRecord) record, null));
  }

  /**
   * Objects of unknown record types: an object, an array or a string; never {@code null}, which
   * reads as none.
   */
  private static Arbitrary<JsonValue> rawObjects() {
    return Arbitraries.oneOf(
        ids().map(id -> JsonValue.ofJson("{\"id\":\"" + id + "\"}")),
        ids().list().ofMaxSize(3).map(OrganisationRoundTripTest::jsonArray),
        Arbitraries.strings().map(JsonValue::ofString));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(24);
  }

  /** Any non-empty text: an empty string would read back as "no value". */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(30);
  }

  private static Arbitrary<String> termDates() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "2023-08-21", "2024-01-22T00:00:00.000Z", "2015-08-25 00:00:00.000000", "Fall 2024"),
        text());
  }

  private static <T extends OpenEnum> Arbitrary<T> openEnum(List<T> known, Function<String, T> of) {
    return Arbitraries.oneOf(Arbitraries.of(known), text().map(of));
  }

  /** Extension-style values of every JSON type, each in the compact form the reader keeps. */
  private static Arbitrary<Map<String, JsonValue>> keptValues() {
    Arbitrary<JsonValue> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(JsonValue::ofString),
            Arbitraries.integers().map(i -> JsonValue.ofJson(Integer.toString(i))),
            Arbitraries.of(
                JsonValue.ofJson("true"), JsonValue.ofJson("false"), JsonValue.ofJson("null")),
            ids().list().ofMaxSize(3).map(OrganisationRoundTripTest::jsonArray));
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), values)
        .ofMaxSize(3);
  }

  /** Fields no model knows: the prefix keeps them clear of every real field name. */
  private static Arbitrary<Map<String, JsonValue>> unknownFields() {
    return keptValues()
        .map(
            m -> {
              Map<String, JsonValue> out = new LinkedHashMap<>();
              m.forEach((k, v) -> out.put("x_" + k, v));
              return out;
            });
  }

  private static JsonValue jsonArray(List<String> ids) {
    StringBuilder sb = new StringBuilder("[");
    for (String id : ids) {
      sb.append(sb.length() > 1 ? "," : "").append('"').append(id).append('"');
    }
    return JsonValue.ofJson(sb.append(']').toString());
  }
}
