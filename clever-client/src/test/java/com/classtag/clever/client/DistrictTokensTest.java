package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DistrictTokens} against a loopback auth host, and that no secret or token leaks on any
 * path.
 */
class DistrictTokensTest extends ClientTestSupport {
  private static final String CLIENT_ID = "app-client-id-77";
  private static final String SECRET = "cl1ent-S3cret-value-abcdef";
  private static final String TOKEN_A = "aaaaTokenOfDistrictA0123456789";
  private static final String TOKEN_B = "bbbbTokenOfDistrictB0123456789";
  private static final String FIRST = "/oauth/tokens?owner_type=district";

  private final List<String> logLines = new ArrayList<>();

  private static String token(String id, String district, String accessToken) {
    return "{\"id\":\""
        + id
        + "\",\"created\":\"2021-02-24T22:24:55.985Z\",\"owner\":{\"type\":\"district\",\"id\":\""
        + district
        + "\"},\"access_token\":\""
        + accessToken
        + "\",\"scopes\":[\"read:students\",\"read:sections\"]}";
  }

  private static String listing(String next, String... tokens) {
    return "{\"data\":["
        + String.join(",", tokens)
        + "],\"links\":[{\"rel\":\"self\",\"uri\":\""
        + FIRST
        + "\"}"
        + (next == null ? "" : ",{\"rel\":\"next\",\"uri\":\"" + next + "\"}")
        + "]}";
  }

  private DistrictTokens tokens() {
    Logger logger = new CapturingLogger(logLines);
    ClientListener both =
        new ClientListener() {
          final LoggingListener log = LoggingListener.to(logger, LoggingListener.Detail.DEBUG);

          @Override
          public void callStarted(CallStarted event) {
            listener.callStarted(event);
          }

          @Override
          public void callEnded(CallEnded event) {
            listener.callEnded(event);
            log.callEnded(event);
          }

          @Override
          public void callFailed(CallFailed event) {
            listener.callFailed(event);
            log.callFailed(event);
          }

          @Override
          public void retryScheduled(RetryScheduled event) {
            log.retryScheduled(event);
          }
        };
    return DistrictTokens.builder()
        .clientId(CLIENT_ID)
        .clientSecret(SECRET)
        .baseUrl(baseUrl())
        .clock(time)
        .sleeper(time)
        .random(fixedJitter(0.5))
        .listener(both)
        .build();
  }

  /** Nothing the test can see holds the secret, its Basic form or a token. */
  private void assertNothingLeaks(Object... seen) {
    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    List<String> texts = new ArrayList<>(logLines);
    for (Object o : seen) {
      for (Throwable t = o instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
        if (t instanceof CleverException c) {
          texts.add(c.details().toString());
        }
      }
      texts.add(String.valueOf(o));
    }
    listener.events().forEach(e -> texts.add(e.toString()));
    for (String text : texts) {
      assertThat(text)
          .doesNotContain(SECRET)
          .doesNotContain(basic)
          .doesNotContain(TOKEN_A)
          .doesNotContain(TOKEN_B);
    }
  }

  @Test
  void listsEveryDistrictWithBasicAuthAndMasksTheTokens() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse()
                    .withBody(
                        listing(null, token("t1", "d1", TOKEN_A), token("t2", "d2", TOKEN_B)))));
    DistrictTokens tokens = tokens();
    List<DistrictToken> all = tokens.list();

    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    wm.verify(
        getRequestedFor(urlEqualTo(FIRST)).withHeader("Authorization", equalTo("Basic " + basic)));
    assertThat(all).extracting(DistrictToken::districtId).containsExactly("d1", "d2");
    DistrictToken a = all.get(0);
    assertThat(a.id()).isEqualTo("t1");
    assertThat(a.created()).isEqualTo(Instant.parse("2021-02-24T22:24:55.985Z"));
    assertThat(a.scopes()).containsExactly("read:students", "read:sections");
    assertThat(a.hasScope("read:sections")).isTrue();
    assertThat(a.accessToken().reveal()).isEqualTo(TOKEN_A);
    assertThat(a.accessToken())
        .isEqualTo(AccessToken.of(TOKEN_A))
        .isNotEqualTo(AccessToken.of(TOKEN_B));
    assertThat(logLines).hasSize(1);
    assertNothingLeaks(
        tokens,
        a,
        a.accessToken(),
        all,
        DistrictTokens.builder().clientId(CLIENT_ID).clientSecret(SECRET));
  }

  @Test
  void followsNextLinksOnTheAuthHost() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse()
                    .withBody(listing(FIRST + "&starting_after=t1", token("t1", "d1", TOKEN_A)))));
    wm.stubFor(
        get(urlEqualTo(FIRST + "&starting_after=t1"))
            .willReturn(aResponse().withBody(listing(null, token("t2", "d2", TOKEN_B)))));
    assertThat(tokens().list()).extracting(DistrictToken::districtId).containsExactly("d1", "d2");
    assertNothingLeaks();
  }

  @Test
  void aNextLinkThatRepeatsAPageStopsTheListing() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(listing(FIRST, token("t1", "d1", TOKEN_A)))));
    Throwable t = catchThrowable(() -> tokens().list());
    assertThat(t).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("repeats");
    assertNothingLeaks(t);
  }

  @Test
  void aNextLinkToAnotherHostGetsNoCredentials() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse()
                    .withBody(
                        listing("https://evil.example/oauth/tokens", token("t1", "d1", TOKEN_A)))));
    Throwable t = catchThrowable(() -> tokens().list());
    assertThat(t).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("next link");
    assertNothingLeaks(t);
  }

  @Test
  void wrongCredentialsSayWhichVariablesToCheck() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("X-Request-Id", "req-123")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                            + SECRET
                            + "\"}")));
    Throwable t = catchThrowable(() -> tokens().list());
    assertThat(t)
        .isInstanceOf(CleverAuthException.class)
        .hasMessageContaining("CLEVER_CLIENT_SECRET")
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("req-123");
    CleverAuthException e = (CleverAuthException) t;
    assertThat(e.error()).hasValue("invalid_client");
    assertThat(e.requestId()).hasValue("req-123");
    assertThat(e.serverMessage()).hasValue("bad secret ****");
    assertThat(e.bodyExcerpt().orElseThrow()).doesNotContain(SECRET);
    assertThat(logLines)
        .singleElement()
        .asString()
        .contains("CleverAuthException")
        .contains("status=401");
    assertNothingLeaks(t);
  }

  @Test
  void serverErrorsAreRetriedAsForTheDataApi() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .inScenario("s")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withBody(listing(null, token("t1", "d1", TOKEN_A)))));
    assertThat(tokens().list()).hasSize(1);
    assertThat(listener.of(ClientListener.CallEnded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
    assertNothingLeaks();
  }

  @Test
  void aMalformedListingNamesTheFieldNotTheToken() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":[{\"id\":\"t1\",\"created\":\"yesterday "
                            + TOKEN_A
                            + "\",\"owner\":{\"type\":\"district\",\"id\":\"d1\"},"
                            + "\"access_token\":\""
                            + TOKEN_A
                            + "\"}]}")));
    Throwable t = catchThrowable(() -> tokens().list());
    assertThat(t)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("$.data[0].created");
    assertNothingLeaks(t);

    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody("{\"data\":[{\"access_token\":\"" + TOKEN_A)));
    Throwable broken = catchThrowable(() -> tokens().list());
    assertThat(broken).isInstanceOf(InvalidDataException.class);
    assertNothingLeaks(broken);
  }

  @Test
  void oneDistrictIsReadWithTheFilterAndAMissingOneSaysWhatToDo() {
    wm.stubFor(
        get(urlEqualTo(FIRST + "&district=d2"))
            .willReturn(aResponse().withBody(listing(null, token("t2", "d2", TOKEN_B)))));
    wm.stubFor(
        get(urlEqualTo(FIRST + "&district=d9")).willReturn(aResponse().withBody(listing(null))));
    DistrictTokens tokens = tokens();
    assertThat(tokens.forDistrict("d2").accessToken().reveal()).isEqualTo(TOKEN_B);
    Throwable t = catchThrowable(() -> tokens.forDistrict("d9"));
    assertThat(t)
        .isInstanceOf(NoDistrictTokenException.class)
        .hasMessageContaining("has not authorized the app");
    assertThat(((NoDistrictTokenException) t).districtId()).isEqualTo("d9");
    assertNothingLeaks(t);
  }

  @Test
  void noDistrictsYetIsAnEmptyList() {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withBody(listing(null))));
    assertThat(tokens().list()).isEmpty();
  }

  @Test
  void fromEnvReadsTheClientCredentials() {
    Map<String, String> env = Map.of("CLEVER_CLIENT_ID", CLIENT_ID, "CLEVER_CLIENT_SECRET", SECRET);
    DistrictTokens.Builder b = DistrictTokens.builder().fromEnv(env::get);
    assertThat(b.toString()).contains(CLIENT_ID).doesNotContain(SECRET);
    assertThat(b.build().toString()).doesNotContain(SECRET);
    Throwable missing =
        catchThrowable(
            () -> DistrictTokens.builder().fromEnv(Map.of("CLEVER_CLIENT_ID", CLIENT_ID)::get));
    assertThat(missing)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLEVER_CLIENT_SECRET");
    Throwable bad =
        catchThrowable(() -> DistrictTokens.builder().clientSecret("with space " + SECRET));
    assertThat(bad).isInstanceOf(IllegalArgumentException.class);
    assertNothingLeaks(missing, bad);
  }

  @Test
  void aViewForADistrictTokenSendsThatToken() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(listing(null, token("t1", "d1", TOKEN_A)))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/districts/d1")).willReturn(aResponse().withBody(Json.single("d1"))));
    DistrictToken district = tokens().list().get(0);
    client().withToken(district).districts().get("d1");
    wm.verify(
        getRequestedFor(urlEqualTo("/v3.0/districts/d1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_A)));
  }
}
