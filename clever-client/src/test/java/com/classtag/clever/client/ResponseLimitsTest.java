package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A server that sends more than any real Clever response meets the client's limits, with a typed
 * failure.
 */
class ResponseLimitsTest extends ClientTestSupport {
  private static final String FIRST = "/v3.0/schools?limit=100";

  private static List<String> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format("s%05d", i)).toList();
  }

  @Test
  void aPageWithMoreRecordsThanItsLimitPlusTheMarginStopsAtTheMargin() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(Json.page("schools", ids(500), null))));
    CleverClient client = client(b -> b.pageSize(100));

    List<String> seen = new ArrayList<>();
    ResponseLimitException e =
        catchThrowableOfType(
            ResponseLimitException.class,
            () -> client.schools().list().forEach(s -> seen.add(s.id())));
    assertThat(seen).hasSize(200);
    assertThat(e.limit()).isEqualTo("pageRecordsMargin");
    assertThat(e.jsonPath()).isEqualTo("$.data[200]");
    assertThat(e.getMessage())
        .contains(
            "more than 200 records",
            "ResponseLimits.pageRecordsMargin",
            "responseLimits(ResponseLimits.builder().pageRecordsMargin(..)");
    assertThat(e).isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> client.schools().list().firstPage())
        .isInstanceOf(ResponseLimitException.class);
    assertThat(wm.getAllServeEvents()).hasSize(2);
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void theMarginIsConfigurable() {
    wm.stubFor(
        get(urlEqualTo(FIRST))
            .willReturn(aResponse().withBody(Json.page("schools", ids(110), null))));
    CleverClient strict =
        client(
            b ->
                b.pageSize(100)
                    .responseLimits(ResponseLimits.builder().pageRecordsMargin(0).build()));
    assertThatThrownBy(() -> strict.schools().list().stream().count())
        .isInstanceOf(ResponseLimitException.class);
    assertThat(client(b -> b.pageSize(100)).schools().list().stream().count()).isEqualTo(110);
  }

  @Test
  void aPageThatNeverEndsIsStoppedAndTheSnapshotHoldsNothing() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v3.0/",
        exchange -> {
          try (exchange) {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"data\":[".getBytes(StandardCharsets.UTF_8));
            // Records without end (bounded only so that a broken client cannot hang the build).
            for (int i = 0; i < 2_000_000; i++) {
              out.write(
                  ((i == 0 ? "" : ",")
                          + "{\"data\":{\"id\":\""
                          + String.format("r%08d", i)
                          + "\"}}")
                      .getBytes(StandardCharsets.UTF_8));
            }
          } catch (IOException e) {
            // The client hung up: what it should do.
          }
        });
    server.start();
    try {
      CleverClient client =
          client(b -> b.baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).pageSize(100));
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> client.users().list().forEach(u -> seen.add(u.id())))
          .isInstanceOf(ResponseLimitException.class)
          .hasMessageContaining("more than 200 records");
      assertThat(seen).hasSize(200);
      assertThatThrownBy(client::snapshot).isInstanceOf(ResponseLimitException.class);
      assertThat(client.openResponses()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aHugeStringValueFailsTypedUnderTheDefaultLimits() {
    String huge = "x".repeat((1 << 20) + 1);
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/s1"))
            .willReturn(
                aResponse().withBody("{\"data\":{\"id\":\"s1\",\"name\":\"" + huge + "\"}}")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":[{\"data\":{\"id\":\"s1\"}},{\"data\":{\"id\":\"s2\",\"name\":\""
                            + huge
                            + "\"}}]}")));
    CleverClient client = client();

    ResponseLimitException single =
        catchThrowableOfType(ResponseLimitException.class, () -> client.schools().get("s1"));
    assertThat(single.limit()).isEqualTo("maxStringChars");
    assertThat(single.limitValue()).isEqualTo(1 << 20);
    assertThat(single.jsonPath()).isEqualTo("$.data.name");
    assertThat(single.getMessage())
        .contains("longer than 1048576 characters")
        .doesNotContain("xxxx");

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> client.schools().list().forEach(s -> seen.add(s.id())))
        .isInstanceOf(ResponseLimitException.class);
    assertThat(seen).containsExactly("s1");
    // Not retried: the same request would get the same body.
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aBodyPastTheByteLimitFailsTyped() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools?limit=10000"))
            .willReturn(aResponse().withBody(Json.page("schools", ids(3000), null))));
    CleverClient client =
        client(b -> b.responseLimits(ResponseLimits.builder().maxResponseBytes(64 * 1024).build()));
    ResponseLimitException e =
        catchThrowableOfType(
            ResponseLimitException.class, () -> client.schools().list().stream().count());
    assertThat(e.limit()).isEqualTo("maxResponseBytes");
    assertThat(e.getMessage()).contains("a body longer than 65536 bytes");
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void limitsRefuseNonsense() {
    assertThatThrownBy(() -> ResponseLimits.builder().pageRecordsMargin(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseLimits.builder().maxResponseBytes(10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseLimits.builder().maxStringChars(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ResponseLimits.defaults())
        .hasToString(
            "ResponseLimits{pageRecordsMargin=100, maxResponseBytes=268435456, maxStringChars=1048576}");
  }
}
