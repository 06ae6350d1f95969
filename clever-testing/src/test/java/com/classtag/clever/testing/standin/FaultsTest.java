package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {
  @Test
  void parsesBurstsAtRequestNumbersIntoTypedFaults() {
    Faults faults = Faults.parse("429x3@2, 503@6,drop@9,cut@10,500x2@12,loop@20");

    assertThat(faults.list())
        .containsExactly(
            Fault.rateLimited(Duration.ofSeconds(1)).atRequest(2).times(3),
            Fault.serverError(503).atRequest(6),
            Fault.dropConnection().atRequest(9),
            Fault.truncateBody().atRequest(10),
            Fault.serverError(500).atRequest(12).times(2),
            Fault.loopingNextLink().atRequest(20));
    assertThat(faults.size()).isEqualTo(9);
    assertThat(faults).hasToString("429x3@2,503@6,drop@9,cut@10,500x2@12,loop@20");
  }

  @Test
  void startsAtTheFirstRequestWithoutAnAt() {
    assertThat(Faults.parse("503x2").list()).containsExactly(Fault.serverError(503).times(2));
    assertThat(Faults.parse(" ").size()).isZero();
  }

  @Test
  void rejectsMalformedItemsNamingThem() {
    assertThatThrownBy(() -> Faults.parse("418@1"))
        .hasMessageContaining("'418@1'")
        .hasMessageContaining("429");
    assertThatThrownBy(() -> Faults.parse("429x0@1")).hasMessageContaining("'429x0@1'");
    assertThatThrownBy(() -> Faults.parse("503@soon")).hasMessageContaining("'soon'");
    assertThatThrownBy(() -> Faults.parse("503x2@1,drop@2"))
        .hasMessageContaining("'drop@2' overlaps item '503x2@1'");
    assertThatThrownBy(() -> Faults.parse("drop@3,503x3@1")).hasMessageContaining("overlaps");
  }

  @Test
  void aimsAtRequestsFromANumberOnAndAtAPath() {
    Fault fault = Fault.serverError(502).onPath("/v3.0/sections").atRequest(4);

    assertThat(fault.aimsAt(3, "/v3.0/sections")).isFalse();
    assertThat(fault.aimsAt(4, "/v3.0/users")).isFalse();
    assertThat(fault.aimsAt(9, "/v3.0/sections")).isTrue();
    assertThat(fault).hasToString("502@4 /v3.0/sections");
  }

  @Test
  void typedFaultsRejectValuesThatMeanNothing() {
    assertThatThrownBy(() -> Fault.serverError(404))
        .hasMessageContaining("from 500 to 599, was 404");
    assertThatThrownBy(() -> Fault.rateLimited(Duration.ofMillis(1500)))
        .hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> Fault.stallBody(Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> Fault.redirectTo(URI.create("http://127.0.0.1:1/v3.0")))
        .hasMessageContaining("like http://host:port");
    assertThatThrownBy(() -> Fault.dropConnection().atRequest(0))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Fault.dropConnection().onPath("v3.0"))
        .hasMessageContaining("start with /");
    assertThatThrownBy(() -> Fault.dropConnection().times(0))
        .hasMessageContaining("from 1 to 100000");
  }
}
