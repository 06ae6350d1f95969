package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Statuses map to the exception hierarchy; every error body shape gives a readable message. */
class ErrorsTest extends ClientTestSupport {
  private static final String URL = "/v3.0/users/u1";

  private CleverException fail(int status, String body) {
    wm.stubFor(
        get(urlEqualTo(URL))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withBody(body)
                    .withHeader("Set-Cookie", "session=abc")
                    .withHeader("X-Request-Id", "req-7")));
    return catchThrowableOfType(
        CleverException.class,
        () -> client(b -> b.retryPolicy(RetryPolicy.none())).users().get("u1"));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(413, BadRequestException.class),
        Arguments.of(422, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(501, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(302, UnexpectedResponseException.class),
        Arguments.of(600, UnexpectedResponseException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void mapsEachStatusToItsException(int status, Class<? extends CleverException> type) {
    CleverException e = fail(status, "{\"message\":\"went wrong\"}");
    assertThat(e).isInstanceOf(type);
    assertThat(e.statusCode()).hasValue(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(URL);
    assertThat(e.getMessage()).startsWith("GET " + URL + " failed with " + status);
    assertThat(e.headers()).containsKey("x-request-id").doesNotContainKey("set-cookie");
  }

  @Test
  void readsTheMessageField() {
    CleverServiceException e =
        (CleverServiceException) fail(404, "{\"message\":\"Resource not found\"}");
    assertThat(e.serverMessage()).contains("Resource not found");
    assertThat(e.getMessage())
        .contains("404 Not Found (its message is in serverMessage())")
        .contains("not shared with this token")
        .doesNotContain("Resource not found");
    assertThat(e.bodyExcerpt()).contains("{\"message\":\"Resource not found\"}");
  }

  @Test
  void readsTheLegacyErrorFieldAsAStringOrAnObject() {
    assertThat(
            ((CleverServiceException) fail(401, "{\"error\":\"invalid token\"}")).serverMessage())
        .contains("invalid token");
    assertThat(
            ((CleverServiceException)
                    fail(400, "{\"error\":{\"code\":1,\"message\":\"bad limit\"}}"))
                .serverMessage())
        .contains("bad limit");
  }

  @Test
  void anEmptyBodySaysSo() {
    CleverServiceException e = (CleverServiceException) fail(429, "");
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e.getMessage()).contains("429 Too Many Requests (empty body)");
  }

  @Test
  void anHtmlPageGivesItsTitle() {
    CleverServiceException e =
        (CleverServiceException)
            fail(
                502,
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>");
    assertThat(e.serverMessage()).contains("502 Bad Gateway");
    CleverServiceException noTitle =
        (CleverServiceException) fail(403, "<html><body><p>Access\n denied</p></body></html>");
    assertThat(noTitle.serverMessage()).contains("Access denied");
  }

  @Test
  void plainTextIsUsedAsIs() {
    assertThat(((CleverServiceException) fail(500, "version not supported\n")).serverMessage())
        .contains("version not supported");
  }

  @Test
  void theBodyExcerptIsBounded() {
    CleverServiceException e = (CleverServiceException) fail(500, "x".repeat(100_000));
    assertThat(e.bodyExcerpt().orElseThrow()).hasSize(ErrorDetails.MAX_EXCERPT);
    assertThat(e.serverMessage().orElseThrow().length()).isLessThan(210);
  }

  @Test
  void theServersTextNeverReachesTheMessageAndIsBoundedWhereItIsKept() {
    String echo = "Maria Lopez maria.lopez@example.org";
    CleverException title =
        fail(502, "<html><head><title>Bad gateway for " + echo + "</title></head></html>");
    CleverException json =
        fail(400, "{\"message\":\"no such user: " + echo + "\\nWARN forged line\"}");
    CleverException text = fail(503, "upstream said " + echo + " " + "y".repeat(1_000));
    for (CleverException e : java.util.List.of(title, json, text)) {
      assertThat(e.getMessage()).doesNotContain("Maria").doesNotContain("example.org");
      assertThat(e.toString()).doesNotContain("Maria");
      assertThat(e.details().toString()).doesNotContain("Maria");
      CleverServiceException service = (CleverServiceException) e;
      assertThat(service.serverMessage().orElseThrow())
          .contains("Maria")
          .hasSizeLessThanOrEqualTo(ErrorDetails.MAX_SERVER_MESSAGE)
          .doesNotContain("\n");
      assertThat(service.bodyExcerpt().orElseThrow())
          .hasSizeLessThanOrEqualTo(ErrorDetails.MAX_EXCERPT);
    }
    assertThat(((CleverServiceException) json).serverMessage().orElseThrow())
        .contains("example.org WARN forged line");
  }

  @Test
  void aTokenEchoedByTheServerIsMasked() {
    CleverServiceException e =
        (CleverServiceException) fail(401, "{\"message\":\"bad token " + TOKEN + "\"}");
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.serverMessage().orElseThrow()).doesNotContain(TOKEN).contains("****");
    assertThat(e.bodyExcerpt().orElseThrow()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN);
  }

  @Test
  void aRedirectIsNeverFollowedAndTheOtherHostGetsNothing() {
    WireMockServer other =
        new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    other.start();
    try {
      wm.stubFor(
          get(urlEqualTo(URL))
              .willReturn(
                  aResponse()
                      .withStatus(302)
                      .withHeader("Location", "http://localhost:" + other.port() + URL)));
      UnexpectedResponseException e =
          catchThrowableOfType(UnexpectedResponseException.class, () -> client().users().get("u1"));
      assertThat(e.getMessage())
          .contains("302")
          .contains("host localhost")
          .contains("never followed")
          .doesNotContain(TOKEN);
      assertThat(other.getAllServeEvents()).isEmpty();
      assertThat(wm.getAllServeEvents()).hasSize(1);
    } finally {
      other.stop();
    }
  }
}
