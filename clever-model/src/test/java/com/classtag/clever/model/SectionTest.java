package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackExactly;
import static com.classtag.clever.model.FixtureFiles.assertWritesBackNormalized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionTest {
  private static final String DISTRICT_ID = "65f0d1000000000000000001";
  private static final JsonCodec<ListPage<Section>> PAGE = CleverJson.listPage(CleverJson.SECTION);
  private static final JsonCodec<SingleResponse<Section>> SINGLE =
      CleverJson.single(CleverJson.SECTION);

  @Test
  void readsEveryFieldOfAListPage() {
    ListPage<Section> page = assertWritesBackNormalized(PAGE, "sections/sections-page.json");

    assertThat(page.data())
        .extracting(ListEntry::uri)
        .containsExactly(
            Optional.of("/v3.0/sections/65f0d5000000000000000101"),
            Optional.of("/v3.0/sections/65f0d5000000000000000102"));
    assertThat(page.links()).extracting(Link::rel).containsExactly("self", "next", "prev");
    assertThat(page.nextUri())
        .contains("/v3.0/sections?limit=2&starting_after=65f0d5000000000000000102");

    Section math = page.records().get(0);
    assertThat(math.id()).isEqualTo("65f0d5000000000000000101");
    assertThat(math.district()).contains(DISTRICT_ID);
    assertThat(math.school()).contains("65f0d2000000000000000001");
    assertThat(math.course()).contains("65f0d7000000000000000301");
    assertThat(math.termId()).contains("65f0d6000000000000000201");
    assertThat(math.name()).contains("Math 6 - Halvorsen - 2");
    assertThat(math.sisId()).contains("SEC-6021");
    assertThat(math.period()).contains("2");
    assertThat(math.sectionNumber()).isEmpty();
    assertThat(math.grade()).contains(Grade.GRADE_6);
    assertThat(math.subject()).contains(Subject.MATH);
    assertThat(math.teacher()).contains("65f0d3000000000000000011");
    assertThat(math.teachers())
        .containsExactly("65f0d3000000000000000011", "65f0d3000000000000000012");
    assertThat(math.students())
        .containsExactly(
            "65f0d4000000000000000001", "65f0d4000000000000000002", "65f0d4000000000000000003");
    assertThat(math.createdAt()).contains(Instant.parse("2023-08-14T17:07:30.100Z"));
    assertThat(math.lastModifiedAt()).contains(Instant.parse("2024-01-09T08:15:40.002Z"));
    assertThat(math.lmsStatus()).isEmpty();
    assertThat(math.extString("room")).contains("B12");
    assertThat(math.extString("block")).isEmpty();
    assertThat(math.ext().get("block")).isEqualTo(JsonValue.ofJson("4"));
    assertThat(math.ext().get("co_taught")).isEqualTo(JsonValue.ofJson("true"));

    Section homeroom = page.records().get(1);
    assertThat(homeroom.grade()).contains(Grade.KINDERGARTEN);
    assertThat(homeroom.subject()).contains(Subject.HOMEROOM_ADVISORY);
    assertThat(homeroom.course()).isEmpty();
    assertThat(homeroom.termId()).isEmpty();
    assertThat(homeroom.ext()).isEmpty();
  }

  @Test
  void sharesRepeatingIdsAcrossRecords() {
    ListPage<Section> page = PAGE.fromJson(FixtureFiles.read("sections/sections-page.json"));

    assertThat(page.records().get(1).district().orElseThrow())
        .isSameAs(page.records().get(0).district().orElseThrow());
  }

  @Test
  void readsTheV31LmsStatusAndTheLinksOfASingleResponse() {
    SingleResponse<Section> response =
        assertWritesBackExactly(SINGLE, "sections/section-v3.1.json");

    Section s = response.data();
    assertThat(s.lmsStatus()).contains(LmsStatus.of(true));
    assertThat(s.sectionNumber()).contains("7104-B");
    assertThat(s.subject()).contains(Subject.SCIENCE);
    assertThat(response.links())
        .containsExactly(
            Link.of("self", "/v3.1/sections/65f0d5000000000000000103"),
            Link.of("canonical", "/v3.1/sections/65f0d5000000000000000103"),
            Link.of("district", "/v3.1/districts/" + DISTRICT_ID));
    assertThat(response.type()).isEmpty();
  }

  @Test
  void readsNullsEmptyListsUnknownEnumValuesAndUnknownFields() {
    String json = FixtureFiles.read("sections/section-odd-values.json");

    Section s = CleverJson.SECTION.fromJson(json);

    assertThat(s.grade().orElseThrow().value()).isEqualTo("14");
    assertThat(s.grade().orElseThrow().isKnown()).isFalse();
    assertThat(s.subject()).contains(Subject.of("robotics"));
    assertThat(s.subject().orElseThrow().isKnown()).isFalse();
    assertThat(s.period()).isEmpty();
    assertThat(s.course()).isEmpty();
    assertThat(s.termId()).isEmpty();
    assertThat(s.teacher()).isEmpty();
    assertThat(s.teachers()).isEmpty();
    assertThat(s.students()).isEmpty();
    assertThat(s.lmsStatus()).isEmpty();
    assertThat(s.ext()).isEmpty();
    assertThat(s.sisId()).contains("12345");
    assertThat(s.unknownFields()).containsOnlyKeys("room_capacity", "co_teacher_roles");
    assertThat(CleverJson.SECTION.fromJson(CleverJson.SECTION.toJson(s))).isEqualTo(s);
  }

  @Test
  void toStringShowsIdsButNeitherExtensionValuesNorStudentIds() {
    Section math = PAGE.fromJson(FixtureFiles.read("sections/sections-page.json")).records().get(0);

    String s = math.toString();

    assertThat(s)
        .contains(
            "65f0d5000000000000000101", "65f0d3000000000000000011", "students=3", "ext=<redacted>");
    assertThat(s).doesNotContain("B12", "65f0d4000000000000000001");
  }

  @Test
  void builderMakesARealisticSectionInALine() {
    Section s =
        Section.builder()
            .id("65f0d5000000000000000101")
            .name("Math 6")
            .subject(Subject.MATH)
            .grade(Grade.GRADE_6)
            .teacher("t1")
            .addTeachers("t1", "t2")
            .addStudents("s1", "s2")
            .build();

    assertThat(CleverJson.SECTION.fromJson(CleverJson.SECTION.toJson(s))).isEqualTo(s);
  }

  @Test
  void rejectsANumericIdNamingThePath() {
    String json =
        "{\"data\":[{\"data\":{\"id\":\"65f0d5000000000000000101\"}},{\"data\":{\"id\":42}}]}";

    assertThatThrownBy(() -> PAGE.fromJson(json))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.data[1].data.id"));
  }

  @Test
  void rejectsStudentsThatAreNotAnArray() {
    assertThatThrownBy(() -> CleverJson.SECTION.fromJson("{\"id\":\"x\",\"students\":{\"a\":1}}"))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.students"));
  }
}
