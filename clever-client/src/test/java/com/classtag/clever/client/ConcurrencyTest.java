package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.ClientListener.RequestSent;
import com.classtag.clever.client.ClientListener.ResponseReceived;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One client shared by many threads. */
class ConcurrencyTest extends ClientTestSupport {
  private static final int THREADS = 16;
  private static final int CALLS = 25;

  @Test
  void manyThreadsShareOneClient() throws Exception {
    wm.stubFor(
        get(urlPathMatching("/v3.0/schools/s[0-9]+"))
            .willReturn(aResponse().withBody(Json.single("s1"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.page(
                            "schools", List.of("a1", "a2"), "/v3.0/schools?starting_after=a2"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?starting_after=a2"))
            .willReturn(aResponse().withBody(Json.page("schools", List.of("a3"), null))));
    CleverClient client = client(b -> b.rateLimit(RateLimit.cleverDefault()));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  int records = 0;
                  for (int i = 0; i < CALLS; i++) {
                    if (i % 5 == 0) {
                      records += (int) client.schools().list().stream().count();
                    } else {
                      client.schools().get("s" + thread);
                      records++;
                    }
                  }
                  return records;
                }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(20 + 5 * 3);
      }
    } finally {
      pool.shutdownNow();
    }
    int requests = THREADS * (20 + 5 * 2);
    assertThat(wm.getAllServeEvents()).hasSize(requests);
    assertThat(client.openResponses()).isZero();
    assertThat(listener.of(RequestSent.class)).hasSize(requests);
    assertThat(listener.of(ResponseReceived.class)).hasSize(requests);
    // Every request but the first waited for its own 50 ms slot of the shared 1,200/min limit.
    assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }
}
