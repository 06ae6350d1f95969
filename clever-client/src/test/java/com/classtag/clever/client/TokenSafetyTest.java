package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The token never appears in a message, a toString, a listener event or a log line. */
class TokenSafetyTest extends ClientTestSupport {
  private static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w + " " + t;
  }

  @Test
  void noFailureShowsTheToken() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/a"))
            .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"" + TOKEN + "\"}")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/b"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "9999")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/c"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/d")).willReturn(aResponse().withBody("{\"data\":{\"id\":1}}")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/e"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", "https://x.example/?t=" + TOKEN)));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users/f"))
            .willReturn(
                aResponse().withStatus(500).withBody("<html><title>" + TOKEN + "</title></html>")));

    List<Handler> handlers = new ArrayList<>();
    List<String> logged = new ArrayList<>();
    Logger root = Logger.getLogger("");
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    root.addHandler(capture);
    handlers.add(capture);
    try {
      CleverClient client =
          client(
              b ->
                  b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                      .listener(
                          new ClientListener() {
                            @Override
                            public void requestSent(RequestSent event) {
                              listener.requestSent(event);
                              throw new IllegalStateException("listener bug");
                            }
                          }));
      for (String id : List.of("a", "b", "c", "d", "e", "f")) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> client.users().get(id));
        assertThat(t).as(id).isInstanceOf(CleverException.class);
        assertThat(everything(t)).as(id).doesNotContain(TOKEN);
        assertThat(((CleverException) t).details().toString()).doesNotContain(TOKEN);
        assertThat(((CleverException) t).headers().toString()).doesNotContain(TOKEN);
      }
      assertThat(client.toString()).doesNotContain(TOKEN);
      assertThat(CleverClient.builder().token(TOKEN).toString())
          .doesNotContain(TOKEN)
          .contains("****");
      assertThat(listener.events())
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.toString()).doesNotContain(TOKEN));
      assertThat(logged).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
    } finally {
      handlers.forEach(root::removeHandler);
    }
  }
}
