package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.ClientListener.CallEnded;
import com.classtag.clever.client.ClientListener.CallFailed;
import com.classtag.clever.client.ClientListener.CallStarted;
import com.classtag.clever.model.School;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every call is announced once and then ends or fails exactly once, whatever happens in between.
 */
class CallEventsTest extends ClientTestSupport {
  private static final String ID = "5a0c91b95c7cc000010d417c";

  /**
   * Checks the pairing over all events: each start has exactly one outcome, after it, with that
   * start.
   */
  private void assertPaired() {
    Map<CallStarted, Integer> outcomes = new IdentityHashMap<>();
    for (Object e : listener.events()) {
      if (e instanceof CallStarted s) {
        assertThat(outcomes).doesNotContainKey(s);
        outcomes.put(s, 0);
      } else if (e instanceof CallEnded end) {
        assertThat(outcomes).containsKey(end.call());
        outcomes.merge(end.call(), 1, Integer::sum);
      } else if (e instanceof CallFailed failed) {
        assertThat(outcomes).containsKey(failed.call());
        outcomes.merge(failed.call(), 1, Integer::sum);
      }
    }
    assertThat(outcomes.values()).as("outcomes per call").allMatch(n -> n == 1);
  }

  @Test
  void aSingleReadEndsWithItsStatusBytesAttemptsAndRateLimitLeft() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .willReturn(
                aResponse()
                    .withBody(Json.single(ID))
                    .withHeader("X-RateLimit-Remaining", "1187")
                    .withHeader("X-RateLimit-Limit", "1200")));
    client().schools().get(ID);

    assertPaired();
    CallEnded end = listener.of(CallEnded.class).get(0);
    assertThat(end.call().path()).isEqualTo("/v3.0/schools/" + ID);
    assertThat(end.status()).isEqualTo(200);
    assertThat(end.attempts()).isEqualTo(1);
    assertThat(end.bytes()).isEqualTo(Json.single(ID).length());
    assertThat(end.rateLimitRemaining()).hasValue(1187);
    assertThat(listener.events().get(0)).isInstanceOf(CallStarted.class);
  }

  @Test
  void retriesAreInsideOneCall() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("twice"));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .inScenario("flaky")
            .whenScenarioStateIs("twice")
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("ok"));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .inScenario("flaky")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody(Json.single(ID))));
    client().schools().get(ID);

    assertPaired();
    assertThat(listener.of(CallStarted.class)).hasSize(1);
    assertThat(listener.of(CallEnded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(3));
    Object last = listener.events().get(listener.events().size() - 1);
    assertThat(last).isInstanceOf(CallEnded.class);
  }

  @Test
  void aCallThatFailsAfterRetriesFailsOnceWithTheExceptionThrown() {
    wm.stubFor(get(urlEqualTo("/v3.0/schools/" + ID)).willReturn(aResponse().withStatus(503)));
    CleverClient c = client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3).build()));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> c.schools().get(ID));

    assertPaired();
    CallFailed failed = listener.of(CallFailed.class).get(0);
    assertThat(failed.failure()).isSameAs(thrown).isInstanceOf(ServerException.class);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(listener.of(CallEnded.class)).isEmpty();
  }

  @Test
  void everyPageOfAListingIsOneCall() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.page(
                            "schools",
                            List.of("a1", "a2"),
                            "/v3.0/schools?limit=10000&starting_after=a2"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000&starting_after=a2"))
            .willReturn(aResponse().withBody(Json.page("schools", List.of("a3"), null))));
    assertThat(client().schools().list().stream().count()).isEqualTo(3);

    assertPaired();
    assertThat(listener.of(CallEnded.class))
        .extracting(e -> e.call().path())
        .containsExactly(
            "/v3.0/schools?limit=10000", "/v3.0/schools?limit=10000&starting_after=a2");
  }

  @Test
  void aListingClosedMidPageFailsItsCallAsCancelled() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000"))
            .willReturn(
                aResponse().withBody(Json.page("schools", List.of("a1", "a2", "a3"), null))));
    try (Stream<School> schools = client().schools().list().stream()) {
      assertThat(schools.findFirst()).isPresent();
    }

    assertPaired();
    assertThat(listener.of(CallFailed.class))
        .singleElement()
        .satisfies(f -> assertThat(f.failure()).isInstanceOf(CancellationException.class));
  }

  @Test
  void anInterruptedRetryWaitFailsTheCallOnce() {
    wm.stubFor(get(urlEqualTo("/v3.0/schools/" + ID)).willReturn(aResponse().withStatus(503)));
    CleverClient c =
        client(
            b ->
                b.sleeper(
                    d -> {
                      throw new InterruptedException();
                    }));
    assertThatThrownBy(() -> c.schools().get(ID)).isInstanceOf(CleverIoException.class);
    Thread.interrupted();

    assertPaired();
    assertThat(listener.of(CallFailed.class)).hasSize(1);
  }

  @Test
  void aClosedClientStartsNoCall() {
    CleverClient c = client();
    c.close();
    assertThatThrownBy(() -> c.schools().get(ID)).isInstanceOf(IllegalStateException.class);
    assertThat(listener.events()).isEmpty();
  }

  @Test
  void manyConcurrentCallsArePaired() throws Exception {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID)).willReturn(aResponse().withBody(Json.single(ID))));
    wm.stubFor(get(urlEqualTo("/v3.0/sections/" + ID)).willReturn(aResponse().withStatus(404)));
    CleverClient c = client();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      Thread thread =
          new Thread(
              () -> {
                for (int k = 0; k < 10; k++) {
                  try {
                    if (n % 2 == 0) {
                      c.schools().get(ID);
                    } else {
                      c.sections().get(ID);
                    }
                  } catch (NotFoundException expected) {
                    // half the calls fail, on purpose
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(20).toMillis());
    }
    assertPaired();
    assertThat(listener.of(CallEnded.class)).hasSize(40);
    assertThat(listener.of(CallFailed.class)).hasSize(40);
  }
}
