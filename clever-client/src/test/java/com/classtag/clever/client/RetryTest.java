package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.ClientListener.RequestFailed;
import com.classtag.clever.client.ClientListener.RequestSent;
import com.classtag.clever.client.ClientListener.ResponseReceived;
import com.classtag.clever.client.ClientListener.RetryScheduled;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest extends ClientTestSupport {
  private static final String URL = "/v3.0/schools/s1";

  /** Stubs {@code URL} to answer each response in turn, then keep answering the last. */
  private void sequence(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      wm.stubFor(
          get(urlEqualTo(URL))
              .inScenario("seq")
              .whenScenarioStateIs(state(i))
              .willReturn(responses[i])
              .willSetStateTo(state(Math.min(i + 1, responses.length - 1))));
    }
  }

  private static String state(int i) {
    return i == 0 ? STARTED : "s" + i;
  }

  private static ResponseDefinitionBuilder ok() {
    return aResponse().withStatus(200).withBody(Json.single("s1"));
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status);
  }

  private long epoch(Duration fromNow) {
    return FakeTime.START.plus(fromNow).getEpochSecond();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void retriesServerErrorsWithFullJitterBackoff(int status) {
    sequence(status(status), status(status), ok());

    assertThat(client().schools().get("s1").id()).isEqualTo("s1");
    // Full jitter with the random source fixed at 0.5: half of 500 ms, then half of 1 s.
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(listener.of(RetryScheduled.class))
        .extracting(RetryScheduled::reason)
        .containsOnly("status " + status);
  }

  @Test
  void backoffIsCappedAtMaxDelay() {
    sequence(status(503), status(503), status(503), status(503), ok());
    client(
            b ->
                b.random(fixedJitter(0.999999))
                    .retryPolicy(
                        RetryPolicy.builder()
                            .baseDelay(Duration.ofSeconds(1))
                            .maxDelay(Duration.ofSeconds(3))
                            .build()))
        .schools()
        .get("s1");
    assertThat(time.sleeps())
        .extracting(Duration::toMillis)
        .satisfiesExactly(
            d -> assertThat(d).isBetween(999L, 1000L),
            d -> assertThat(d).isBetween(1999L, 2000L),
            d -> assertThat(d).isBetween(2999L, 3000L),
            d -> assertThat(d).isBetween(2999L, 3000L));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 413, 501})
  void neverRetries(int status) {
    sequence(status(status), ok());
    assertThatThrownBy(() -> client().schools().get("s1")).isInstanceOf(CleverException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void rateLimitedWaitsUntilTheLatestResetAmongExhaustedBucketsCommaJoined() {
    sequence(
        status(429)
            .withHeader("X-RateLimit-Bucket", "all, none, other")
            .withHeader("X-RateLimit-Limit", "200, 1200, 50")
            .withHeader("X-RateLimit-Remaining", "0, 0, 7")
            .withHeader(
                "X-RateLimit-Reset",
                epoch(Duration.ofSeconds(10))
                    + ", "
                    + epoch(Duration.ofSeconds(30))
                    + ", "
                    + epoch(Duration.ofSeconds(50))),
        ok());
    client(b -> b.random(fixedJitter(0))).schools().get("s1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void rateLimitedReadsRepeatedHeadersAndAddsUpToASecondOfJitter() {
    sequence(
        status(429)
            .withHeader("X-RateLimit-Remaining", "5")
            .withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Reset", String.valueOf(epoch(Duration.ofSeconds(40))))
            .withHeader("X-RateLimit-Reset", String.valueOf(epoch(Duration.ofSeconds(20)))),
        ok());
    client(b -> b.random(fixedJitter(0.5))).schools().get("s1");
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(20_500));
  }

  @Test
  void retryAfterIsPreferredToTheResetHeader() {
    sequence(
        status(429)
            .withHeader("Retry-After", "7")
            .withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Reset", String.valueOf(epoch(Duration.ofSeconds(50)))),
        ok());
    client().schools().get("s1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeTime.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
    sequence(status(503).withHeader("Retry-After", date), ok());
    client().schools().get("s1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void aRateLimitWaitBeyondTheCapFailsAtOnceSayingWhenToComeBack() {
    Instant reset = FakeTime.START.plusSeconds(600);
    sequence(
        status(429)
            .withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Limit", "1200")
            .withHeader("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond())),
        ok());

    assertThatThrownBy(() -> client().schools().get("s1"))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryAt()).contains(reset);
              assertThat(e.buckets())
                  .singleElement()
                  .satisfies(
                      bk -> {
                        assertThat(bk.limit()).hasValue(1200);
                        assertThat(bk.remaining()).hasValue(0);
                      });
              assertThat(e.getMessage()).contains("maxRateLimitWait").contains(reset.toString());
              assertThat(e.details().attempts()).isEqualTo(1);
            });
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void pacedRateLimitRetriesCostNoAttemptAndRunOutAtTheTotalTimeout() {
    sequence(
        status(429).withHeader("Retry-After", "1"),
        status(429).withHeader("Retry-After", "1"),
        status(429).withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", "1"),
        ok());
    CleverClient paced = client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));
    assertThat(paced.schools().get("s1").id()).isEqualTo("s1");
    assertThat(wm.getAllServeEvents()).hasSize(4);

    wm.resetAll();
    sequence(status(429).withHeader("Retry-After", "1"));
    assertThatThrownBy(
            () ->
                client(
                        b ->
                            b.retryPolicy(
                                RetryPolicy.builder()
                                    .maxAttempts(2)
                                    .totalTimeout(Duration.ofSeconds(10))
                                    .build()))
                    .schools()
                    .get("s1"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("RetryPolicy.totalTimeout");
    assertThat(wm.getAllServeEvents()).hasSizeBetween(9, 11);
  }

  @Test
  void aRateLimitWithoutAResetTimeCostsAnAttempt() {
    sequence(status(429));
    assertThatThrownBy(
            () ->
                client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3).build()))
                    .schools()
                    .get("s1"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("gave up after 3 failed attempts (RetryPolicy.maxAttempts)");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void oneAttemptIsOneAttempt() {
    sequence(status(503));
    assertThatThrownBy(() -> client(b -> b.retryPolicy(RetryPolicy.none())).schools().get("s1"))
        .hasMessageContaining("gave up after 1 failed attempt (")
        .hasMessageNotContaining("1 attempts");
  }

  @Test
  void aRetryThatWouldPassTheTotalTimeBudgetIsNotMade() {
    sequence(status(503).withHeader("Retry-After", "20"));
    assertThatThrownBy(
            () ->
                client(
                        b ->
                            b.retryPolicy(
                                RetryPolicy.builder()
                                    .totalTimeout(Duration.ofSeconds(50))
                                    .maxAttempts(10)
                                    .build()))
                    .schools()
                    .get("s1"))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.getMessage()).contains("total time budget");
              assertThat(e.details().attempts()).isEqualTo(3);
            });
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
  }

  @Test
  void theRetryBudgetIsSharedByEveryCallOfAClient() {
    sequence(status(503));
    CleverClient client =
        client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(5).retryBudget(3).build()));

    assertThatThrownBy(() -> client.schools().get("s1"))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.details().attempts()).isEqualTo(4))
        .hasMessageContaining("retry budget is exhausted");
    assertThatThrownBy(() -> client.schools().get("s1"))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.details().attempts()).isEqualTo(1))
        .hasMessageContaining("retry budget is exhausted");
    // 3 retries in the budget: the first call uses 3 (4 requests); the second gets none (1
    // request).
    assertThat(wm.getAllServeEvents()).hasSize(5);
  }

  @Test
  void successesRefillTheRetryBudget() {
    CleverClient client = client(b -> b.retryPolicy(RetryPolicy.builder().retryBudget(1).build()));
    sequence(status(503), ok());
    client.schools().get("s1");
    wm.resetAll();
    sequence(status(503), ok());
    assertThatThrownBy(() -> client.schools().get("s1")).hasMessageContaining("retry budget");
    wm.resetAll();
    wm.stubFor(get(urlEqualTo(URL)).willReturn(ok()));
    for (int i = 0; i < 5; i++) {
      client.schools().get("s1");
    }
    wm.resetAll();
    sequence(status(503), ok());
    assertThat(client.schools().get("s1").id()).isEqualTo("s1");
  }

  @Test
  void rateLimitRetriesDoNotDrawOnTheRetryBudget() {
    sequence(
        status(429).withHeader("Retry-After", "1"),
        status(429).withHeader("Retry-After", "1"),
        ok());
    assertThat(
            client(b -> b.retryPolicy(RetryPolicy.builder().retryBudget(0).build()))
                .schools()
                .get("s1")
                .id())
        .isEqualTo("s1");
  }

  @Test
  void retriesIoFailuresAndReportsPairedEvents() {
    // Garbage instead of a status line: an I/O failure the JDK does not retry on its own.
    sequence(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), ok());
    assertThat(client().schools().get("s1").id()).isEqualTo("s1");

    List<Object> all = listener.events();
    assertThat(all.get(0)).isInstanceOf(ClientListener.CallStarted.class);
    assertThat(all.get(all.size() - 1))
        .isInstanceOfSatisfying(
            ClientListener.CallEnded.class, e -> assertThat(e.attempts()).isEqualTo(2));
    List<Object> events = all.subList(1, all.size() - 1);
    assertThat(events).hasSize(5);
    assertThat(events.get(0)).isInstanceOf(RequestSent.class);
    assertThat(events.get(1))
        .isInstanceOfSatisfying(
            RequestFailed.class, e -> assertThat(e.request()).isSameAs(events.get(0)));
    assertThat(events.get(2))
        .isInstanceOfSatisfying(
            RetryScheduled.class,
            e -> {
              assertThat(e.failed()).isSameAs(events.get(0));
              assertThat(e.delay()).isEqualTo(Duration.ofMillis(250));
              assertThat(e.reason()).startsWith("I/O: ");
            });
    assertThat(events.get(3))
        .isInstanceOfSatisfying(RequestSent.class, e -> assertThat(e.attempt()).isEqualTo(2));
    assertThat(events.get(4))
        .isInstanceOfSatisfying(
            ResponseReceived.class,
            e -> {
              assertThat(e.request()).isSameAs(events.get(3));
              assertThat(e.status()).isEqualTo(200);
            });
  }

  @Test
  void aPersistentIoFailureSaysItWasRetried() {
    sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertThatThrownBy(
            () ->
                client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build()))
                    .schools()
                    .get("s1"))
        .isInstanceOfSatisfying(
            CleverIoException.class,
            e -> {
              assertThat(e.wasRetried()).isTrue();
              assertThat(e.details().attempts()).isEqualTo(2);
              assertThat(e.statusCode()).isEmpty();
            });

    assertThatThrownBy(() -> client(b -> b.retryPolicy(RetryPolicy.none())).schools().get("s1"))
        .isInstanceOfSatisfying(CleverIoException.class, e -> assertThat(e.wasRetried()).isFalse());
  }

  @Test
  void aBodyThatBreaksOffIsRetried() {
    sequence(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), ok());
    assertThat(client().schools().get("s1").id()).isEqualTo("s1");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aSuccessWithAnExhaustedWindowHoldsTheNextRequestUntilTheReset() {
    wm.stubFor(
        get(urlEqualTo(URL))
            .willReturn(
                ok().withHeader("X-RateLimit-Remaining", "0")
                    .withHeader(
                        "X-RateLimit-Reset", String.valueOf(epoch(Duration.ofSeconds(15))))));
    CleverClient client = client();
    client.schools().get("s1");
    assertThat(time.sleeps()).isEmpty();
    client.schools().get("s1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(15));
  }

  @Test
  void theClientSideRateLimitSpacesRequests() {
    wm.stubFor(get(urlEqualTo(URL)).willReturn(ok()));
    CleverClient client = client(b -> b.rateLimit(RateLimit.cleverDefault()));
    for (int i = 0; i < 4; i++) {
      client.schools().get("s1");
    }
    // 1,200 a minute: one every 50 ms. The fake clock does not move on its own, so each wait is a
    // full slot.
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
  }
}
