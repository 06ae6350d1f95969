package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
  private static final JsonCodec<ListPage<Course>> COURSES = CleverJson.listPage(CleverJson.COURSE);
  private static final JsonCodec<ListPage<Term>> TERMS = CleverJson.listPage(CleverJson.TERM);

  @Test
  void readsAMeResponseWithItsTopLevelTypeAndExtraLinkRelations() {
    SingleResponse<Me> me =
        assertWritesBackExactly(CleverJson.single(CleverJson.ME), "envelopes/me.json");

    assertThat(me.type()).contains("user");
    assertThat(me.data().id()).isEqualTo("65f0d3000000000000000011");
    assertThat(me.links()).extracting(Link::rel).containsExactly("self", "canonical", "district");
    assertThat(me.links().get(1).uri()).isEqualTo("/v3.0/users/65f0d3000000000000000011");
  }

  @Test
  void readsASingleResourceResponseWithLinks() {
    SingleResponse<Course> course =
        assertWritesBackExactly(
            CleverJson.single(CleverJson.COURSE), "envelopes/course-single.json");

    assertThat(course.data().id()).isEqualTo("65f0d7000000000000000301");
    assertThat(course.type()).isEmpty();
    assertThat(course.links())
        .containsExactly(
            Link.of("self", "/v3.0/courses/65f0d7000000000000000301"),
            Link.of("canonical", "/v3.0/courses/65f0d7000000000000000301"));
  }

  @Test
  void readsASingleResourceResponseWithoutLinks() {
    SingleResponse<Course> course =
        CleverJson.single(CleverJson.COURSE).fromJson("{\"data\":{\"id\":\"c1\"}}");

    assertThat(course.links()).isEmpty();
    assertThat(CleverJson.single(CleverJson.COURSE).toJson(course))
        .isEqualTo("{\"data\":{\"id\":\"c1\"}}");
  }

  @Test
  void readsLinksBeforeDataItemsWithoutUriAndUnknownEnvelopeFields() {
    ListPage<Course> page = assertWritesBackExactly(COURSES, "envelopes/links-first-page.json");

    assertThat(page.data())
        .extracting(ListEntry::uri)
        .containsExactly(Optional.of("/v3.0/courses/65f0d7000000000000000301"), Optional.empty());
    assertThat(page.nextUri())
        .contains("/v3.0/courses?limit=2&starting_after=65f0d7000000000000000302");
    assertThat(page.unknownFields()).containsOnlyKeys("paging");
  }

  @Test
  void anEmptyPageMayStillHaveANextLink() {
    ListPage<Term> page = assertWritesBackExactly(TERMS, "envelopes/empty-page-next.json");

    assertThat(page.records()).isEmpty();
    assertThat(page.nextUri())
        .contains("/v3.0/terms?starting_after=65f0d6000000000000000204&limit=2");
  }

  @Test
  void nullDataReadsAsAnEmptyPage() {
    ListPage<Term> page = TERMS.fromJson(FixtureFiles.read("envelopes/null-data-page.json"));

    assertThat(page.records()).isEmpty();
    assertThat(page.nextUri()).isEmpty();
    assertThat(TERMS.fromJson(TERMS.toJson(page))).isEqualTo(page);
  }

  @Test
  void keepsUnknownLinkRelationsAndLinkFields() {
    String json =
        "{\"data\":[],\"links\":[{\"rel\":\"canonical\",\"uri\":\"/v3.0/terms\",\"method\":\"GET\"}]}";

    ListPage<Term> page = TERMS.fromJson(json);

    assertThat(page.links().get(0).rel()).isEqualTo("canonical");
    assertThat(page.links().get(0).unknownFields())
        .containsEntry("method", JsonValue.ofString("GET"));
    assertThat(FixtureFiles.tree(TERMS.toJson(page))).isEqualTo(FixtureFiles.tree(json));
  }

  @Test
  void rejectsAListWithoutData() {
    assertThatThrownBy(() -> TERMS.fromJson("{\"links\":[]}"))
        .isInstanceOf(CleverJsonException.class)
        .hasMessageContaining("no data array");
  }

  @Test
  void rejectsAnEntryWithoutItsRecordNamingThePath() {
    assertThatThrownBy(() -> TERMS.fromJson("{\"data\":[{\"uri\":\"/v3.0/terms/x\"}]}"))
        .isInstanceOfSatisfying(
            CleverJsonException.class,
            e -> {
              assertThat(e).hasMessageContaining("list entry has no data");
              assertThat(e.path()).startsWith("$.data[0]");
            });
  }

  @Test
  void rejectsAnArrayWhereTheEnvelopeBelongs() {
    assertThatThrownBy(() -> TERMS.fromJson("[{\"data\":{\"id\":\"t1\"}}]"))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$"));
  }

  @Test
  void rejectsTrailingContent() {
    assertThatThrownBy(
            () -> CleverJson.single(CleverJson.COURSE).fromJson("{\"data\":{\"id\":\"c1\"}} {}"))
        .isInstanceOf(CleverJsonException.class);
  }
}
