package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CleverClient#withToken}: views that share the client's pool and threads, but not its
 * limits.
 */
class ViewsTest extends ClientTestSupport {
  private static final String ID = "5a0c91b95c7cc000010d417c";
  private static final String OTHER = "other-District-Token-42";

  @Test
  void aViewSendsItsOwnTokenAndTheRootKeepsItsOwn() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID)).willReturn(aResponse().withBody(Json.single(ID))));
    CleverClient root = client();
    CleverClient view = root.withToken(OTHER);
    view.schools().get(ID);
    root.schools().get(ID);

    wm.verify(
        1,
        getRequestedFor(urlEqualTo("/v3.0/schools/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + OTHER)));
    wm.verify(
        1,
        getRequestedFor(urlEqualTo("/v3.0/schools/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThat(view.toString()).doesNotContain(OTHER).contains("view");
  }

  @Test
  void aThousandViewsStartNoThread() {
    CleverClient root = client();
    int before = Thread.activeCount();
    List<CleverClient> views = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      views.add(root.withToken("district-token-" + i));
    }
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
    assertThat(views).hasSize(1_000);
  }

  @Test
  void oneTokensRateLimitDoesNotSlowAnother() {
    // Token A is throttled with a reset 40 s away: its view waits that long, the other view does
    // not wait.
    long reset = time.instant().plusSeconds(40).getEpochSecond();
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + OTHER))
            .willReturn(
                aResponse()
                    .withBody(Json.single(ID))
                    .withHeader("X-RateLimit-Limit", "1200")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(reset))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(aResponse().withBody(Json.single(ID))));
    CleverClient root = client(b -> b.rateLimit(RateLimit.perMinute(1200)));
    CleverClient throttled = root.withToken(OTHER);
    throttled.schools().get(ID);

    Duration slept = time.totalSlept();
    root.schools().get(ID);
    root.schools().get(ID);
    assertThat(time.totalSlept())
        .as("the root's own token is not paused by the view's exhausted window")
        .isLessThan(slept.plusSeconds(1));
    throttled.schools().get(ID);
    assertThat(time.totalSlept())
        .as("the view itself waits for its window")
        .isGreaterThan(slept.plusSeconds(30));
  }

  @Test
  void oneTokensFailuresDoNotSpendAnothersRetryBudget() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + OTHER))
            .willReturn(aResponse().withStatus(503)));
    wm.stubFor(
        get(urlEqualTo("/v3.0/sections/" + ID))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(aResponse().withStatus(503)));
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).retryBudget(2).build();
    CleverClient root = client(b -> b.retryPolicy(policy));
    CleverClient failing = root.withToken(OTHER);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> failing.schools().get(ID)).isInstanceOf(ServerException.class);
    }
    assertThatThrownBy(() -> failing.schools().get(ID)).hasMessageContaining("retry budget");

    assertThatThrownBy(() -> root.sections().get(ID))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((CleverException) e).details().attempts()).isEqualTo(3))
        .message()
        .doesNotContain("retry budget");
  }

  @Test
  void closingTheRootClosesItsViewsAndAViewsCloseIsHarmless() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/schools/" + ID)).willReturn(aResponse().withBody(Json.single(ID))));
    CleverClient root = client();
    CleverClient a = root.withToken(OTHER);
    CleverClient b = root.withToken("third-token");
    a.close();
    a.close();
    assertThatThrownBy(() -> a.schools().get(ID)).isInstanceOf(IllegalStateException.class);
    b.schools().get(ID);
    root.schools().get(ID);
    root.withToken("fourth-token").schools().get(ID);

    root.close();
    assertThatThrownBy(() -> b.schools().get(ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> root.withToken("fifth-token"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBadTokenIsRefusedWithoutQuotingIt() {
    CleverClient root = client();
    assertThatThrownBy(() -> root.withToken("has space"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("has space");
  }
}
