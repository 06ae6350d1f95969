package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.Event;
import com.classtag.clever.model.EventRecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest extends ClientTestSupport {
  @Test
  void latestIdAsksForTheLastEvent() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(aResponse().withBody(Json.events(List.of("e9"), null))));
    assertThat(client().events().latestId()).contains("e9");
  }

  @Test
  void latestIdIsEmptyWithoutEvents() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(aResponse().withBody(Json.events(List.of(), null))));
    assertThat(client().events().latestId()).isEmpty();
  }

  @Test
  void eventsAfterACursorCheckTheCursorThenPageLazily() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/e1")).willReturn(aResponse().withBody(Json.event("e1"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&record_type=users&starting_after=e1"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.events(
                            List.of("e2", "e3"),
                            "/v3.0/events?record_type=users&starting_after=e3"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?record_type=users&starting_after=e3"))
            .willReturn(aResponse().withBody(Json.events(List.of("e4"), null))));

    AutoPager<Event> events =
        client().events().after("e1", EventsQuery.all().recordTypes(EventRecordType.USERS));
    assertThat(wm.getAllServeEvents()).isEmpty();
    List<Event> read = events.stream().toList();
    assertThat(read).extracting(Event::id).containsExactly("e2", "e3", "e4");
    assertThat(read.get(0).type()).isEqualTo("users.updated");
    assertThat(wm.getAllServeEvents().get(wm.getAllServeEvents().size() - 1).getRequest().getUrl())
        .isEqualTo("/v3.0/events/e1");
  }

  @Test
  void aCursorCleverNoLongerKnowsIsATypedSignal() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/old"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Event not found\"}")));
    assertThatThrownBy(() -> client().events().after("old").iterator().hasNext())
        .isInstanceOfSatisfying(
            CursorExpiredException.class,
            e -> {
              assertThat(e.cursor()).isEqualTo("old");
              assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
              assertThat(e.getMessage()).contains("full resync");
            });
    assertThatThrownBy(() -> client().events().after("old").firstPage())
        .isInstanceOf(CursorExpiredException.class);
  }

  @Test
  void aListingThatAnswers404AfterTheCheckAlsoSignalsAnExpiredCursor() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/e1")).willReturn(aResponse().withBody(Json.event("e1"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&starting_after=e1"))
            .willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> client().events().after("e1").stream().count())
        .isInstanceOf(CursorExpiredException.class);
  }

  @Test
  void a404OnALaterPageNamesThatPagesCursorNotTheVerifiedOne() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/e1")).willReturn(aResponse().withBody(Json.event("e1"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&starting_after=e1"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.events(
                            List.of("e2", "e3"), "/v3.0/events?limit=10000&starting_after=e3"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&starting_after=e3"))
            .willReturn(aResponse().withStatus(404)));
    List<String> seen = new java.util.ArrayList<>();
    assertThatThrownBy(() -> client().events().after("e1").forEach(e -> seen.add(e.id())))
        .isInstanceOfSatisfying(
            CursorExpiredException.class,
            e -> {
              assertThat(e.cursor()).isEqualTo("e3");
              assertThat(e.getMessage())
                  .contains("starting_after=e3")
                  .contains("not found")
                  .contains("later page")
                  .doesNotContain("cursor e1 has expired");
              assertThat(e.path()).isEqualTo("/v3.0/events?limit=10000&starting_after=e3");
            });
    assertThat(seen).containsExactly("e2", "e3");
  }

  @Test
  void aBlankCursorIsRefused() {
    assertThatThrownBy(() -> client().events().after(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }
}
