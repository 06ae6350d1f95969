package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PageReaderTest {
  @Test
  void streamsRecordsOneByOneThenReadsTheLinksAfterThem() {
    try (PageReader<Section> page =
        PageReader.open(FixtureFiles.reader("sections/sections-page.json"), CleverJson.SECTION)) {
      assertThat(page.hasNext()).isTrue();
      assertThat(page.next().id()).isEqualTo("65f0d5000000000000000101");
      assertThat(page.count()).isEqualTo(1);
      assertThat(page.lastUri()).contains("/v3.0/sections/65f0d5000000000000000101");
      assertThat(page.next().id()).isEqualTo("65f0d5000000000000000102");
      assertThat(page.hasNext()).isFalse();
      assertThat(page.count()).isEqualTo(2);
      assertThat(page.links()).extracting(Link::rel).containsExactly("self", "next", "prev");
      assertThat(page.nextUri())
          .contains("/v3.0/sections?limit=2&starting_after=65f0d5000000000000000102");
      assertThatThrownBy(page::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void parsesEachRecordOnlyWhenAskedFor() {
    // The second record is broken; the first must still be delivered before the error surfaces.
    String body = "{\"data\":[{\"data\":{\"id\":\"t1\"}},{\"data\":{\"id\":5}}],\"links\":[]}";

    try (PageReader<Term> page = PageReader.open(new StringReader(body), CleverJson.TERM)) {
      assertThat(page.next().id()).isEqualTo("t1");
      assertThatThrownBy(page::next)
          .isInstanceOfSatisfying(
              CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.data[1].data.id"));
    }
  }

  @Test
  void readsLinksThatComeBeforeTheData() {
    try (PageReader<Course> page =
        PageReader.open(
            FixtureFiles.reader("envelopes/links-first-page.json"), CleverJson.COURSE)) {
      List<String> ids = new ArrayList<>();
      page.forEachRemaining(c -> ids.add(c.id()));

      assertThat(ids).containsExactly("65f0d7000000000000000301", "65f0d7000000000000000302");
      assertThat(page.lastUri()).isEmpty();
      assertThat(page.nextUri())
          .contains("/v3.0/courses?limit=2&starting_after=65f0d7000000000000000302");
    }
  }

  @Test
  void linksSkipsRecordsNotYetRead() {
    try (PageReader<Section> page =
        PageReader.open(FixtureFiles.reader("sections/sections-page.json"), CleverJson.SECTION)) {
      assertThat(page.nextUri()).isPresent();
      assertThat(page.hasNext()).isFalse();
      assertThat(page.count()).isZero();
    }
  }

  @Test
  void anEmptyPageCanHaveANextLink() {
    try (PageReader<Term> page =
        PageReader.open(FixtureFiles.reader("envelopes/empty-page-next.json"), CleverJson.TERM)) {
      assertThat(page.hasNext()).isFalse();
      assertThat(page.nextUri())
          .contains("/v3.0/terms?starting_after=65f0d6000000000000000204&limit=2");
    }
  }

  @Test
  void nullDataIsAnEmptyPage() {
    try (PageReader<Term> page =
        PageReader.open(FixtureFiles.reader("envelopes/null-data-page.json"), CleverJson.TERM)) {
      assertThat(page.hasNext()).isFalse();
      assertThat(page.links()).containsExactly(Link.of("self", "/v3.0/terms"));
      assertThat(page.nextUri()).isEmpty();
    }
  }

  @Test
  void streamsEventsOfKnownAndUnknownTypes() {
    try (PageReader<Event> page =
        PageReader.open(
            FixtureFiles.reader("events/events-unknown-types.json"), CleverJson.EVENT)) {
      List<Boolean> known = new ArrayList<>();
      page.forEachRemaining(e -> known.add(e.isKnownType()));

      assertThat(known).containsExactly(false, false, false, false);
    }
  }

  @Test
  void aTruncatedBodyFailsNamingThePath() {
    String full = FixtureFiles.read("sections/sections-page.json");
    String body = full.substring(0, full.indexOf("\"Homeroom K"));

    try (PageReader<Section> page = PageReader.open(new StringReader(body), CleverJson.SECTION)) {
      assertThat(page.next().id()).isEqualTo("65f0d5000000000000000101");
      assertThatThrownBy(page::next)
          .isInstanceOfSatisfying(
              CleverJsonException.class,
              e -> {
                assertThat(e).hasMessageStartingWith("truncated JSON");
                assertThat(e.path()).isEqualTo("$.data[1].data.name");
              });
    }
  }

  @Test
  void aBodyTruncatedAfterTheDataFailsOnceTheLastRecordIsRead() {
    String full = FixtureFiles.read("terms/terms-page.json");
    String body = full.substring(0, full.indexOf("\"links\"") + 12);

    try (PageReader<Term> page = PageReader.open(new StringReader(body), CleverJson.TERM)) {
      for (int i = 0; i < 4; i++) {
        page.next();
      }
      assertThatThrownBy(page::hasNext)
          .isInstanceOfSatisfying(
              CleverJsonException.class,
              e -> {
                assertThat(e).hasMessageStartingWith("truncated JSON");
                assertThat(e.path()).startsWith("$.links");
              });
    }
  }

  @Test
  void trailingGarbageFails() {
    String body = "{\"data\":[{\"data\":{\"id\":\"t1\"}}],\"links\":[]} garbage";

    try (PageReader<Term> page = PageReader.open(new StringReader(body), CleverJson.TERM)) {
      assertThat(page.next().id()).isEqualTo("t1");
      assertThatThrownBy(page::hasNext).isInstanceOf(CleverJsonException.class);
    }
  }

  @Test
  void aSecondDocumentAfterTheResponseFails() {
    String body = "{\"data\":[],\"links\":[]}{\"data\":[]}";

    try (PageReader<Term> page = PageReader.open(new StringReader(body), CleverJson.TERM)) {
      assertThatThrownBy(page::hasNext).isInstanceOf(CleverJsonException.class);
    }
  }

  @Test
  void aBodyThatIsNotAListResponseFailsOnOpen() {
    assertThatThrownBy(() -> PageReader.open(new StringReader("[]"), CleverJson.TERM))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$"));
    assertThatThrownBy(() -> PageReader.open(new StringReader("{\"links\":[]}"), CleverJson.TERM))
        .isInstanceOf(CleverJsonException.class)
        .hasMessageContaining("no data array");
    assertThatThrownBy(() -> PageReader.open(new StringReader("{\"data\":{}}"), CleverJson.TERM))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.data"));
  }
}
