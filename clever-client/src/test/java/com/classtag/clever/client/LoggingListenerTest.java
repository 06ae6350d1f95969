package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** One line per call, without the token or values that identify a person. */
class LoggingListenerTest extends ClientTestSupport {
  private static final String STUDENT = "5f1d3e8a9b2c4d0012345678";

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @Test
  void oneLinePerCallWithoutTokenOrPersonIdsInTheQuery() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?limit=10000&role=student"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.page(
                            "users",
                            List.of(STUDENT),
                            "/v3.0/users?limit=10000&role=student&starting_after=" + STUDENT))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?limit=10000&role=student&starting_after=" + STUDENT))
            .willReturn(aResponse().withStatus(503)));
    CleverClient c =
        client(
            b ->
                b.listener(
                        LoggingListener.to(
                            new CapturingLogger(lines), LoggingListener.Detail.DEBUG))
                    .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));
    assertThatThrownBy(() -> c.users().list(UsersQuery.withRole(UserRole.STUDENT)).stream().count())
        .isInstanceOf(ServerException.class);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith("GET /v3.0/users?limit=10000&role=student 200 attempts=1 bytes=");
    assertThat(lines.get(1)).contains("retried in").contains("starting_after=*");
    assertThat(lines.get(2))
        .startsWith(
            "GET /v3.0/users?limit=10000&role=student&starting_after=* failed: "
                + "ServerException status=503 attempts=2 duration=");
    assertThat(String.join("\n", lines)).doesNotContain(STUDENT).doesNotContain(TOKEN);
  }

  @Test
  void infoLogsNoRetryLines() {
    wm.stubFor(get(urlEqualTo("/v3.0/users?limit=10000")).willReturn(aResponse().withStatus(503)));
    CleverClient c =
        client(
            b ->
                b.listener(
                        LoggingListener.to(new CapturingLogger(lines), LoggingListener.Detail.INFO))
                    .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()));
    assertThatThrownBy(() -> c.users().list().stream().count()).isInstanceOf(ServerException.class);
    assertThat(lines).singleElement().asString().contains("failed: ServerException");
  }

  @Test
  void queryValuesAreMaskedButHarmlessOnes() {
    assertThat(
            LoggingListener.redact(
                "/v3.0/users?limit=5&role=student&email=a@b.c&starting_after=x&flag"))
        .isEqualTo("/v3.0/users?limit=5&role=student&email=*&starting_after=*&flag");
    assertThat(LoggingListener.redact("/v3.0/me")).isEqualTo("/v3.0/me");
  }

  @Test
  void cleverLogSwitchesItOnThroughSystemLogger() {
    Logger jul = Logger.getLogger(LoggingListener.LOGGER_NAME);
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    jul.addHandler(handler);
    try {
      wm.stubFor(get(urlEqualTo("/v3.0/me")).willReturn(aResponse().withBody(Json.single("d1"))));
      client(b -> b.environment(Map.of("CLEVER_LOG", "info")::get)).me();
      client().me();
      client(b -> b.logging(LoggingListener.Detail.INFO)).me();
    } finally {
      jul.removeHandler(handler);
    }
    assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("GET /v3.0/me"));
  }

  @Test
  void aWrongCleverLogValueIsRefusedAtBuild() {
    assertThatThrownBy(() -> client(b -> b.environment(Map.of("CLEVER_LOG", "verbose")::get)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLEVER_LOG must be info or debug");
  }
}
