package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.internal.Version;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest extends ClientTestSupport {
  @Test
  void aPageSizeOverTenThousandIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> CleverClient.builder().pageSize(10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds Clever's maximum of 10000");
    assertThatThrownBy(() -> CleverClient.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePageSizeIsSentAsTheLimit() {
    wm.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withBody(Json.page("schools", java.util.List.of(), null))));
    client(b -> b.pageSize(250)).schools().list().firstPage();
    wm.verify(getRequestedFor(urlEqualTo("/v3.0/schools?limit=250")));
  }

  @Test
  void onlyHttpsExceptOnLoopback() {
    assertThatThrownBy(() -> CleverClient.builder().baseUrl("http://api.clever.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> CleverClient.builder().baseUrl("https://api.clever.com/v3.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a path");
    assertThatThrownBy(() -> CleverClient.builder().baseUrl("https://user:pw@api.clever.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> CleverClient.builder().baseUrl("ftp://api.clever.com"))
        .isInstanceOf(IllegalArgumentException.class);
    CleverClient.builder()
        .baseUrl("http://127.0.0.1:8080")
        .baseUrl("http://localhost:1")
        .baseUrl("http://[::1]:9")
        .baseUrl("https://api.clever.com/");
  }

  @Test
  void theTokenIsRequiredAndChecked() {
    assertThatThrownBy(() -> CleverClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLEVER_TOKEN");
    assertThatThrownBy(() -> CleverClient.builder().token(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> CleverClient.builder().token("abc\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("abc");
  }

  @Test
  void fromEnvReadsTheTokenAndBaseUrl() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody(Json.single("me1"))));
    Map<String, String> env = Map.of("CLEVER_TOKEN", TOKEN, "CLEVER_BASE_URL", baseUrl());
    try (CleverClient client = CleverClient.builder().fromEnv(env::get).build()) {
      assertThat(client.me().id()).isEqualTo("me1");
    }
    assertThat(wm.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
        .isEqualTo("Bearer " + TOKEN);
    assertThatThrownBy(() -> CleverClient.builder().fromEnv(Map.<String, String>of()::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLEVER_TOKEN is not set");
    assertThatThrownBy(
            () ->
                CleverClient.builder()
                    .fromEnv(Map.of("CLEVER_TOKEN", "t", "CLEVER_BASE_URL", "http://x.com")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CLEVER_BASE_URL");
  }

  @Test
  void aGivenHttpClientMustNotFollowRedirects() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    assertThatThrownBy(() -> CleverClient.builder().token(TOKEN).httpClient(following).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Redirect.NEVER");
    HttpClient never = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThatThrownBy(
            () ->
                CleverClient.builder()
                    .token(TOKEN)
                    .httpClient(never)
                    .connectTimeout(java.time.Duration.ofSeconds(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody(Json.single("s1"))));
    assertThat(client(b -> b.httpClient(never)).schools().get("s1").id()).isEqualTo("s1");
  }

  @Test
  void aClosedClientRefusesCalls() {
    CleverClient client = client();
    client.close();
    client.close();
    assertThatThrownBy(() -> client.schools().get("s1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void theUserAgentVersionIsTheProjectVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<version>" + Version.VALUE + "</version>");
    assertThat(Version.userAgent())
        .startsWith("classtag-clever-client/" + Version.VALUE + " (Java ");
  }

  @Test
  void valueTypesDescribeThemselves() {
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(5);
    assertThat(RateLimit.cleverDefault().interval()).isEqualTo(java.time.Duration.ofMillis(50));
    assertThat(RateLimit.unlimited().isUnlimited()).isTrue();
    assertThat(UsersQuery.withRole(UserRole.STUDENT))
        .isEqualTo(UsersQuery.withRole(UserRole.STUDENT));
    assertThat(UsersQuery.all().primaryOnly().toString()).contains("primaryOnly=true");
    assertThatThrownBy(
            () -> EventsQuery.all().recordTypes(new com.classtag.clever.model.EventRecordType[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
