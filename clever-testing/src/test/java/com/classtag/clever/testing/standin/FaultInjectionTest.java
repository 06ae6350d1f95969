package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Link;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed faults on the wire, their aiming, the journal, and reset. */
class FaultInjectionTest {
  private static CleverStandIn clever;
  private static WireClient wire;

  @BeforeAll
  static void start() {
    DistrictBuilder b = TestDistrict.builder().school("Lincoln Middle");
    b.section(s -> s.name("Math 7").students(5));
    b.section(s -> s.name("Art 7").students(5));
    clever = CleverStandIn.builder(b.build()).token("t").start();
    wire = new WireClient(clever.baseUrl(), "t");
  }

  @AfterAll
  static void stop() {
    clever.close();
  }

  @BeforeEach
  void reset() {
    clever.reset();
  }

  @Test
  void aimsAFaultAtAPathAndRepeatsItThenAnswersNormally() throws Exception {
    clever.inject(Fault.serverError(500).onPath("/v3.0/sections").times(2));

    int schools = wire.get("/v3.0/schools").statusCode();
    HttpResponse<String> first = wire.get("/v3.0/sections");
    int second = wire.get("/v3.0/sections?limit=1").statusCode();
    int third = wire.get("/v3.0/sections").statusCode();

    assertThat(schools).isEqualTo(200);
    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(first.body()).isEqualTo("{\"message\":\"Internal server error\"}");
    assertThat(second).isEqualTo(500);
    assertThat(third).isEqualTo(200);
    assertThat(clever.journal().count("/v3.0/sections")).isEqualTo(3);
    assertThat(clever.journal().requests())
        .extracting(JournaledRequest::status)
        .containsExactly(200, 500, 500, 200);
  }

  @Test
  void waitsForItsRequestNumber() throws Exception {
    clever.inject(Fault.serverError(502).atRequest(2));

    assertThat(wire.get("/v3.0/schools").statusCode()).isEqualTo(200);
    HttpResponse<String> second = wire.get("/v3.0/schools");
    assertThat(second.statusCode()).isEqualTo(502);
    assertThat(second.body()).contains("<title>502 Bad Gateway</title>");
    assertThat(wire.get("/v3.0/schools").statusCode()).isEqualTo(200);
  }

  @Test
  void journalsPathQueryMethodAndWhetherTheTokenCameButNeverTheToken() throws Exception {
    wire.get("/v3.1/users?role=student&limit=2");
    wire.getWithout("/v3.0/schools", null);
    wire.getWithout("/v3.0/schools", "Bearer wrong");

    List<JournaledRequest> requests = clever.journal().requests();
    assertThat(requests).extracting(JournaledRequest::number).containsExactly(1L, 2L, 3L);
    JournaledRequest first = requests.get(0);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.pathAndQuery()).isEqualTo("/v3.1/users?role=student&limit=2");
    assertThat(first.authorizationSent()).isTrue();
    assertThat(first.tokenAccepted()).isTrue();
    assertThat(requests.get(1).authorizationSent()).isFalse();
    assertThat(requests.get(1).status()).isEqualTo(401);
    assertThat(requests.get(2).authorizationSent()).isTrue();
    assertThat(requests.get(2).tokenAccepted()).isFalse();
    assertThat(clever.journal().countsByPath())
        .containsExactly(
            java.util.Map.entry("/v3.1/users", 1L), java.util.Map.entry("/v3.0/schools", 2L));
    assertThat(clever.journal().toString()).doesNotContain("Bearer");
  }

  @Test
  void aLoopingNextLinkPointsAtThePageItself() throws Exception {
    clever.inject(Fault.loopingNextLink().onPath("/v3.0/users"));

    ListPage<?> page =
        CleverJson.listPage(CleverJson.USER).fromJson(wire.get("/v3.0/users?limit=3").body());

    assertThat(page.links())
        .extracting(Link::rel, Link::uri)
        .contains(org.assertj.core.groups.Tuple.tuple("next", "/v3.0/users?limit=3"));
  }

  @Test
  void redirectsToTheSamePathAndQueryOnAnotherOrigin() throws Exception {
    clever.inject(Fault.redirectTo(URI.create("http://127.0.0.1:9")));

    HttpResponse<String> response = wire.get("/v3.0/users?limit=3");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .contains("http://127.0.0.1:9/v3.0/users?limit=3");
  }

  @Test
  void rateLimitsWithABurstBucketResettingWhenAsked() throws Exception {
    clever.inject(Fault.rateLimited(Duration.ofSeconds(7)));

    HttpResponse<String> response = wire.get("/v3.0/schools");

    assertThat(response.statusCode()).isEqualTo(429);
    List<String> resets = response.headers().allValues("X-RateLimit-Reset");
    assertThat(resets).hasSize(2);
    assertThat(Long.parseLong(resets.get(1)) - java.time.Instant.now().getEpochSecond())
        .isBetween(5L, 8L);
  }

  @Test
  void aStalledBodyResumesWhenTheStandInIsReset() throws Exception {
    clever.inject(Fault.stallBody(Duration.ofMinutes(5)));
    HttpRequest request =
        HttpRequest.newBuilder(clever.baseUrl().resolve("/v3.0/schools"))
            .header("Authorization", "Bearer t")
            .build();
    long started = System.nanoTime();

    CompletableFuture<HttpResponse<String>> response =
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    while (clever.journal().requests().isEmpty()) {
      Thread.onSpinWait();
    }
    clever.reset();

    assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(CleverJson.listPage(CleverJson.SCHOOL).fromJson(response.get().body()).records())
        .hasSize(1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void resetForgetsFaultsTheJournalAndTheRequestCount() throws IOException, InterruptedException {
    clever.inject(Fault.dropConnection().atRequest(5));
    wire.get("/v3.0/schools");

    clever.reset();

    assertThat(clever.requestCount()).isZero();
    assertThat(clever.journal().requests()).isEmpty();
    for (int i = 0; i < 6; i++) {
      assertThat(wire.get("/v3.0/schools").statusCode()).isEqualTo(200);
    }
    assertThat(clever.journal().requests())
        .allMatch(request -> request.fault().equals(Optional.empty()));
  }
}
