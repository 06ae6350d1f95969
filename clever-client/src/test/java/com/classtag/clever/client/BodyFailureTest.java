package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.classtag.clever.model.School;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bodies that stall, break off, are truncated or malformed. */
class BodyFailureTest extends ClientTestSupport {
  private static final String FIRST = "/v3.0/schools?limit=10000";
  private static final Duration SHORT_DEADLINE = Duration.ofMillis(200);

  @Test
  void aBodyThatStallsAfterItsHeadersFailsWithinTheDeadline() {
    String body = Json.page("schools", List.of("a1", "a2", "a3"), null);
    // The first half of the body arrives at once, the second only after 4 s: far past the deadline.
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(body).withChunkedDribbleDelay(2, 8000)));

    CleverClient client =
        client(b -> b.bodyReadTimeout(SHORT_DEADLINE).retryPolicy(RetryPolicy.none()));
    List<String> seen = new ArrayList<>();
    CleverIoException e =
        catchThrowableOfType(
            CleverIoException.class, () -> client.schools().list().forEach(s -> seen.add(s.id())));

    assertThat(e.isTimeout()).isTrue();
    assertThat(e.getMessage()).contains("body deadline");
    assertThat(e.wasRetried()).isFalse();
    assertThat(seen).containsExactly("a1");
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void aStalledPageIsResumedAfterTheLastRecordHandedOut() {
    String body = Json.page("schools", List.of("a1", "a2", "a3"), null);
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(body).withChunkedDribbleDelay(2, 8000)));
    wm.stubFor(
        get(urlEqualTo(FIRST + "&starting_after=a1"))
            .willReturn(aResponse().withBody(Json.page("schools", List.of("a2", "a3"), null))));

    List<String> seen = new ArrayList<>();
    client(b -> b.bodyReadTimeout(SHORT_DEADLINE)).schools().list().forEach(s -> seen.add(s.id()));

    assertThat(seen).containsExactly("a1", "a2", "a3");
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void aBrokenPageOutOfOrderIsRestartedFromItsStartAndNothingIsLostOrRepeated() {
    // Descending ids: resuming after the last one handed out would skip the rest and repeat what
    // was read.
    List<String> descending =
        IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("r%03d", 101 - i)).toList();
    String body = Json.page("schools", descending, null);
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("broken")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withBody(body).withChunkedDribbleDelay(2, 8000))
            .willSetStateTo("again"));
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("broken")
            .whenScenarioStateIs("again")
            .willReturn(aResponse().withBody(body)));
    List<String> after =
        IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("r%03d", i)).toList();
    wm.stubFor(
        get(urlMatching("/v3\\.0/schools\\?limit=10000&starting_after=.*"))
            .willReturn(aResponse().withBody(Json.page("schools", after.subList(50, 100), null))));

    List<String> seen = new ArrayList<>();
    client(b -> b.bodyReadTimeout(SHORT_DEADLINE)).schools().list().forEach(s -> seen.add(s.id()));

    assertThat(seen)
        .hasSize(100)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(descending);
    assertThat(wm.getAllServeEvents()).extracting(e -> e.getRequest().getUrl()).containsOnly(FIRST);
  }

  @Test
  void aResumedPageThatBreaksTheOrderStopsBeforeHandingOutARecordTwice() {
    String body = Json.page("schools", List.of("a1", "a2", "a3", "a4"), null);
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(body).withChunkedDribbleDelay(2, 8000)));
    // The resume after a1 or a2 lists a1 again: the server does not keep the order resuming relies
    // on.
    wm.stubFor(
        get(urlMatching("/v3\\.0/schools\\?limit=10000&starting_after=.*"))
            .willReturn(
                aResponse().withBody(Json.page("schools", List.of("a1", "a2", "a3", "a4"), null))));

    List<String> seen = new ArrayList<>();
    UnexpectedResponseException e =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () ->
                client(b -> b.bodyReadTimeout(SHORT_DEADLINE))
                    .schools()
                    .list()
                    .forEach(s -> seen.add(s.id())));

    assertThat(e.getMessage()).contains("does not come after");
    assertThat(seen).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void aTruncatedBodyIsInvalidDataWithItsPath() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse().withBody("{\"data\":[{\"data\":{\"id\":\"a1\"}},{\"data\":{\"id\":")));
    List<String> seen = new ArrayList<>();
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () -> client().schools().list().forEach(s -> seen.add(s.id())));
    assertThat(seen).containsExactly("a1");
    assertThat(e.jsonPath()).startsWith("$.data[1]");
    assertThat(e.getMessage()).contains("truncated").contains("$.data[1]");
    assertThat(e.statusCode()).hasValue(200);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aMalformedRecordIsInvalidDataWithItsPathAndNoContent() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/s1"))
            .willReturn(aResponse().withBody("{\"data\":{\"id\":42,\"name\":\"Secret Name\"}}")));
    InvalidDataException e =
        catchThrowableOfType(InvalidDataException.class, () -> client().schools().get("s1"));
    assertThat(e.jsonPath()).isEqualTo("$.data.id");
    assertThat(e.getMessage()).doesNotContain("Secret Name");
  }

  @Test
  void aBodyThatIsNotJsonAtAllIsInvalidData() {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withBody("<html>oops</html>")));
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class, () -> client().schools().list().firstPage());
    assertThat(e.jsonPath()).startsWith("$");
  }

  @Test
  void aPageBrokenBeforeAnyRecordIsRequestedAgainAsIs() {
    String body =
        Json.page("schools", IntStream.range(0, 2000).mapToObj(i -> "id" + i).toList(), null);
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("s")
            .whenScenarioStateIs("Started")
            .willReturn(
                aResponse()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK))
            .willSetStateTo("ok"));
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody(body)));
    assertThat(client().schools().list().stream().map(School::id).count()).isEqualTo(2000);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }
}
